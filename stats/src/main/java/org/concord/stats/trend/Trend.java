package org.concord.stats.trend;

/** Direction of an LA's rate over the analysis window. */
public enum Trend {
    RISING, FALLING, STABLE, UNKNOWN;

    /** Lower-case name used in JSON, the workbook and the command line: {@code rising}, {@code falling}, ... */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
