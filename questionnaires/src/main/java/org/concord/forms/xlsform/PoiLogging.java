package org.concord.forms.xlsform;

/**
 * Keeps POI's logging (Log4j API without a provider) from printing "could not find a logging provider" on a user's
 * terminal: unless the application chose a Log4j setup, Log4j's own simple logger is used with logging off.
 */
public final class PoiLogging {
    private PoiLogging() {
    }

    /** Call before the first use of POI. */
    public static void quiet() {
        if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("log4j2.simplelogLevel", "OFF");
            System.setProperty("log4j2.simplelogStatusLoggerLevel", "OFF");
        }
    }
}
