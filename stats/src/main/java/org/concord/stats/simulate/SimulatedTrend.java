package org.concord.stats.simulate;

/** The trend a synthetic LA's rates are generated with (the analysis recovers it from the rates). */
public enum SimulatedTrend {
    FALLING, RISING, STABLE;

    /** The lower-case name used in files and by the analysis ({@code falling}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
