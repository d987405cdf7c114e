package org.concord.common;

/**
 * Keeps the logging of Tablesaw (SLF4J) and POI (Log4j API) off the user's terminal: Concord ships no logging backend,
 * and both libraries otherwise print "no provider" warnings on stderr, where a user expects only Concord's messages.
 * A user's own settings of these properties win.
 */
public final class QuietLibraries {
    private QuietLibraries() {
    }

    /** Sets the properties once, before the libraries first log. */
    public static synchronized void apply() {
        setIfAbsent("slf4j.internal.verbosity", "ERROR");
        if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            setIfAbsent("log4j2.simplelogLevel", "OFF");
            setIfAbsent("log4j2.simplelogStatusLoggerLevel", "OFF");
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
