package org.concord.app.workspace.panel;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * A read-only table of model figures whose columns change with the result (one per factor) and the language: headings
 * already in words, a class per column, and rows of cells. {@link #show} replaces all of it at once.
 */
final class FigureTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    private transient List<String> headings = List.of();
    private transient List<Class<?>> classes = List.of();
    private transient List<List<Object>> rows = List.of();

    /** Replaces the columns and rows (a null cell is an undefined figure). */
    void show(List<String> newHeadings, List<Class<?>> newClasses, List<List<Object>> newRows) {
        headings = List.copyOf(newHeadings);
        classes = List.copyOf(newClasses);
        rows = newRows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
        fireTableStructureChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return headings.size();
    }

    @Override
    public String getColumnName(int column) {
        return headings.get(column);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return classes.get(column);
    }

    @Override
    public Object getValueAt(int row, int column) {
        return rows.get(row).get(column);
    }
}
