package org.concord.study.export.wide;

import java.util.Arrays;

/**
 * One row of a wide table, reused from row to row: {@code numbers[i]} for numeric and time variables (NaN when
 * missing), {@code texts[i]} for text variables (null when missing).
 */
public final class WideRow {
    /** Values of numeric and time variables by variable index; NaN when missing. */
    public final double[] numbers;
    /** Values of text variables by variable index; null when missing. */
    public final String[] texts;

    /** A row for {@code size} variables, every value missing. */
    public WideRow(int size) {
        numbers = new double[size];
        texts = new String[size];
        clear();
    }

    /** Sets every value to missing. */
    public void clear() {
        Arrays.fill(numbers, Double.NaN);
        Arrays.fill(texts, null);
    }
}
