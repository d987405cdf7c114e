package org.concord.app.base.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.concord.app.base.Theme;

/**
 * Reads and writes {@link Settings} (display, idle lock, recent studies) as a small properties file: {@code ~/.concord/settings.properties}, or the file
 * named by the system property {@code concord.settings} (tests point it into a temporary folder). A missing or unreadable
 * file gives the defaults: display preferences are never worth refusing to start for.
 */
public final class SettingsStore {
    private final Path file;

    /** A store for {@code file}. */
    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store at the default location. */
    public static SettingsStore standard() {
        String override = System.getProperty("concord.settings");
        if (override != null && !override.isBlank()) {
            return new SettingsStore(Path.of(override));
        }
        return new SettingsStore(Path.of(System.getProperty("user.home"), ".concord", "settings.properties"));
    }

    /** The laptop's own files beside the settings: {@code name} in the settings' folder (the kiosk's device id). */
    public Path sibling(String name) {
        return file.toAbsolutePath().resolveSibling(name);
    }

    /** The saved settings, or the defaults. */
    public Settings load() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Settings.DEFAULT;
        }
        Theme theme = "DARK".equalsIgnoreCase(properties.getProperty("theme")) ? Theme.DARK : Theme.LIGHT;
        float scale;
        try {
            scale = Float.parseFloat(properties.getProperty("fontScale", "1"));
        } catch (NumberFormatException e) {
            scale = 1f;
        }
        if (!(scale > 0) || Float.isInfinite(scale)) {
            scale = 1f;
        }
        Locale language = "cy".equals(properties.getProperty("language")) ? Locale.forLanguageTag("cy") : Locale.ENGLISH;
        Duration idleLock = Settings.DEFAULT_IDLE_LOCK;
        try {
            long seconds = Long.parseLong(properties.getProperty("idleLockSeconds", "").trim());
            if (seconds > 0) {
                idleLock = Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // keep the default
        }
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < Settings.MAX_RECENT; i++) {
            String study = properties.getProperty("recent." + i);
            if (study != null && !study.isBlank()) {
                try {
                    recent.add(Path.of(study));
                } catch (InvalidPathException e) {
                    // a damaged entry is dropped
                }
            }
        }
        return new Settings(theme, scale, language, idleLock, recent);
    }

    /** Saves {@code settings}; a failure to save is reported to the caller. */
    public void save(Settings settings) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("theme", settings.theme().name());
        properties.setProperty("fontScale", Float.toString(settings.fontScale()));
        properties.setProperty("language", settings.language().getLanguage());
        properties.setProperty("idleLockSeconds", Long.toString(settings.idleLock().toSeconds()));
        for (int i = 0; i < settings.recent().size(); i++) {
            properties.setProperty("recent." + i, settings.recent().get(i).toString());
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "Concord settings");
        }
    }
}
