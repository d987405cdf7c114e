package org.concord.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Concord's version, filled in by the build. */
public final class Version {
    private Version() {
    }

    /** The version string, e.g. {@code 0.1.0}. */
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/org/concord/app/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
