package org.concord.study.export.wide;

import java.util.ArrayList;
import java.util.List;

/** A small wide table held in memory (such as the per-LA table of an analysis), built column by column. */
public final class MemoryTable implements WideData {
    private final List<VariableStats> stats = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    private List<Variable> variables;

    /** Adds a column; returns this table. */
    public MemoryTable column(VariableStats column) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("columns are added before rows");
        }
        stats.add(column);
        return this;
    }

    /**
     * Adds a row: one value per column, a {@link Number} (or null) for numeric and time columns (times as
     * milliseconds since 1970), a {@link String} (or null) for text columns.
     */
    public MemoryTable row(Object... values) {
        if (values.length != stats.size()) {
            throw new IllegalArgumentException(values.length + " values for " + stats.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                stats.get(i).see(n.doubleValue());
            } else if (values[i] instanceof String s) {
                stats.get(i).see(s);
            }
        }
        rows.add(values.clone());
        variables = null;
        return this;
    }

    @Override
    public List<Variable> variables() {
        if (variables == null) {
            variables = stats.stream().map(VariableStats::variable).toList();
        }
        return variables;
    }

    @Override
    public long rowCount() {
        return rows.size();
    }

    @Override
    public void forEachRow(RowSink sink) throws java.io.IOException {
        List<Variable> vars = variables();
        WideRow row = new WideRow(vars.size());
        for (Object[] values : rows) {
            row.clear();
            for (int i = 0; i < values.length; i++) {
                if (vars.get(i).isNumeric()) {
                    row.numbers[i] = values[i] instanceof Number n ? n.doubleValue() : Double.NaN;
                } else {
                    row.texts[i] = values[i] == null ? null : values[i].toString();
                }
            }
            sink.row(row);
        }
    }
}
