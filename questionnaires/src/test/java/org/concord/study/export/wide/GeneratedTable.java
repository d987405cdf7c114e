package org.concord.study.export.wide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A generated wide table of any size, computed row by row (nothing held in memory): variable {@code j} of row
 * {@code r} is, by {@code j % 4}, a labelled code {@code 1 + (r + j) % 5}, a decimal {@code r / 4.0 - j} (missing
 * when {@code r % 7 == 0}), a text {@code "ŵ" + r + "_" + j}, or a time {@code 1.7e12 + 1000 r} ms.
 */
public final class GeneratedTable implements WideData {
    private final long rows;
    private final List<Variable> variables = new ArrayList<>();

    /** A table of {@code rows} rows and {@code columns} variables. */
    public GeneratedTable(long rows, int columns) {
        this.rows = rows;
        for (int j = 0; j < columns; j++) {
            String name = "x" + j;
            VariableStats v = switch (j % 4) {
                case 0 -> new VariableStats(name, "Code " + j, VariableKind.NUMBER, Measure.ORDINAL)
                        .labels(Map.of(1L, "one", 2L, "two", 3L, "three", 4L, "four", 5L, "five â"));
                case 1 -> new VariableStats(name, "Decimal " + j, VariableKind.NUMBER, Measure.SCALE);
                case 2 -> new VariableStats(name, "Text " + j, VariableKind.TEXT, Measure.NOMINAL);
                default -> new VariableStats(name, "Time " + j, VariableKind.TIME, Measure.SCALE);
            };
            switch (j % 4) {
                case 0 -> {
                    v.see(1);
                    v.see(5);
                }
                case 1 -> {
                    v.see(0.25 - j, 2);
                    v.see((rows - 1) / 4.0 - j, 2);
                }
                case 2 -> v.see(value(rows - 1, j).toString());
                default -> v.see((Double) value(rows - 1, j));
            }
            variables.add(v.variable());
        }
    }

    /** The value of variable {@code j} in row {@code r} (0-based): a Double (NaN when missing) or a String. */
    public static Object value(long r, int j) {
        return switch (j % 4) {
            case 0 -> (double) (1 + (r + j) % 5);
            case 1 -> r % 7 == 0 ? Double.NaN : r / 4.0 - j;
            case 2 -> "ŵ" + r + "_" + j;
            default -> 1.7e12 + 1000.0 * r;
        };
    }

    @Override
    public List<Variable> variables() {
        return variables;
    }

    @Override
    public long rowCount() {
        return rows;
    }

    @Override
    public void forEachRow(RowSink sink) throws java.io.IOException {
        WideRow row = new WideRow(variables.size());
        for (long r = 0; r < rows; r++) {
            for (int j = 0; j < variables.size(); j++) {
                Object v = value(r, j);
                if (v instanceof String s) {
                    row.texts[j] = s;
                } else {
                    row.numbers[j] = (Double) v;
                }
            }
            sink.row(row);
        }
    }
}
