package org.concord.study.export.wide;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One variable (column) of a wide table, with what the data showed about it.
 *
 * @param name        the name in Concord (a question name, {@code question_choice}, {@code la_code}); the writers
 *                    rewrite it to what their format allows
 * @param label       the variable label (may be empty)
 * @param kind        number, text or time
 * @param measure     the measurement level
 * @param width       for text, the widest value in UTF-8 bytes (at least 1); otherwise 0
 * @param decimals    for numbers, the most digits after the point of any value
 * @param min         for numbers, the smallest value (NaN when there is none)
 * @param max         for numbers, the largest value (NaN when there is none)
 * @param integers    for numbers, true when every value is a whole number
 * @param valueLabels labels of whole-number values, in value order (empty when none)
 */
public record Variable(String name, String label, VariableKind kind, Measure measure, int width, int decimals,
                       double min, double max, boolean integers, SortedMap<Long, String> valueLabels) {
    public Variable {
        label = label == null ? "" : label;
        valueLabels = Collections.unmodifiableSortedMap(new TreeMap<>(valueLabels));
    }

    /** True for numbers and times (stored as 8-byte floating point). */
    public boolean isNumeric() {
        return kind != VariableKind.TEXT;
    }
}
