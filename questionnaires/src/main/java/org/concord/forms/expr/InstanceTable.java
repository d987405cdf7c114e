package org.concord.forms.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The items of one secondary instance ({@code instance('NAME')/root/item}): a CSV or XML file beside the form, or a
 * choice list. Each item is a row of named cells. A column is indexed by value the first time a predicate looks it up,
 * so that a lookup in a file of 10,000 rows does not scan them.
 */
public final class InstanceTable {
    private final List<String> columns;
    private final List<List<String>> rows;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final Map<Integer, Map<String, List<Integer>>> indexes = new ConcurrentHashMap<>();

    /** A table of these columns and rows (a row shorter than the header has empty cells at its end). */
    public InstanceTable(List<String> columns, List<List<String>> rows) {
        this.columns = List.copyOf(columns);
        this.rows = rows.stream().map(List::copyOf).toList();
        for (int c = 0; c < this.columns.size(); c++) {
            columnIndex.putIfAbsent(this.columns.get(c), c);
        }
    }

    /** The column names in file order. */
    public List<String> columns() {
        return columns;
    }

    /** The number of items. */
    public int size() {
        return rows.size();
    }

    /** True when the items have this column. */
    public boolean hasColumn(String column) {
        return columnIndex.containsKey(column);
    }

    /** The cell of item {@code row} (0-based) in {@code column}, or the empty string. */
    public String value(int row, String column) {
        Integer c = columnIndex.get(column);
        List<String> cells = rows.get(row);
        return c == null || c >= cells.size() ? "" : cells.get(c);
    }

    /** The items (0-based, in file order) whose {@code column} is exactly {@code value}. */
    public List<Integer> rowsWhere(String column, String value) {
        Integer c = columnIndex.get(column);
        if (c == null) {
            return List.of();
        }
        Map<String, List<Integer>> index = indexes.computeIfAbsent(c, this::index);
        return index.getOrDefault(value, List.of());
    }

    private Map<String, List<Integer>> index(int column) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            String v = column < cells.size() ? cells.get(column) : "";
            out.computeIfAbsent(v, k -> new ArrayList<>(1)).add(r);
        }
        out.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstanceTable t && t.columns.equals(columns) && t.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return columns.hashCode() * 31 + rows.size();
    }

    @Override
    public String toString() {
        return "InstanceTable" + columns + " x " + rows.size();
    }
}
