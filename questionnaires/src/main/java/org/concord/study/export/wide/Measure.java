package org.concord.study.export.wide;

/** The measurement level of a variable, as SPSS records it. */
public enum Measure {
    /** Categories without order (text, most choices). */
    NOMINAL,
    /** Ordered categories (the scale of a values item). */
    ORDINAL,
    /** Numbers and times. */
    SCALE
}
