package org.concord.study.export.wide;

/** What a variable of a wide table holds. */
public enum VariableKind {
    /** A number (codes of choices included); missing is NaN. */
    NUMBER,
    /** Text; missing is null. */
    TEXT,
    /** A moment in time, held as milliseconds since 1970-01-01 UTC; missing is NaN. */
    TIME
}
