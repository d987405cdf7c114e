package org.concord.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Concord's one log: what went wrong inside, with its stack trace, for whoever supports the user; never printed on
 * the user's terminal. It is written (java.util.logging) to {@code ~/.concord/logs/concord-N.log}, or to the folder
 * named by the system property {@code concord.logs} (tests point it into their build folder). When the folder cannot
 * be written, nothing is logged and nothing else changes.
 */
public final class Logs {
    /** System property naming the folder the log is written to. */
    public static final String DIRECTORY_PROPERTY = "concord.logs";

    private static final Logger LOGGER = Logger.getLogger("org.concord");
    private static boolean installed;

    private Logs() {
    }

    /** The folder the log goes to. */
    public static Path directory() {
        String override = System.getProperty(DIRECTORY_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".concord", "logs");
    }

    /** Records an internal failure: {@code message} and {@code failure}'s stack trace. */
    public static void error(String message, Throwable failure) {
        logger().log(Level.SEVERE, message, failure);
    }

    /** Records something that went wrong but was handled. */
    public static void warning(String message, Throwable failure) {
        logger().log(Level.WARNING, message, failure);
    }

    /** The logger, with its file handler installed on first use. */
    public static synchronized Logger logger() {
        if (!installed) {
            installed = true;
            LOGGER.setUseParentHandlers(false);
            try {
                Path folder = directory();
                Files.createDirectories(folder);
                FileHandler handler = new FileHandler(folder.resolve("concord-%g.log").toString(), 1_000_000, 5,
                        true);
                handler.setFormatter(new SimpleFormatter());
                handler.setEncoding("UTF-8");
                LOGGER.addHandler(handler);
            } catch (IOException | RuntimeException e) {
                // No writable log folder: log nothing rather than fail or print at the user.
                LOGGER.setLevel(Level.OFF);
            }
        }
        return LOGGER;
    }
}
