package org.concord.app.base;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * A read-only table of rows of type {@code R}: column headings from message keys (re-read after a language switch by
 * {@link #fireTableStructureChanged()}), column classes, and one method that picks a cell from a row.
 */
public abstract class RowTableModel<R> extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    private final transient Texts texts;
    private final List<String> headingKeys;
    private final List<Class<?>> columnClasses;
    private transient List<R> rows = List.of();

    /** Columns headed by {@code headingKeys}; {@code columnClasses} gives their classes (String where absent). */
    protected RowTableModel(Texts texts, List<String> headingKeys, List<Class<?>> columnClasses) {
        this.texts = texts;
        this.headingKeys = List.copyOf(headingKeys);
        this.columnClasses = List.copyOf(columnClasses);
    }

    /** The texts the headings and cells are written in. */
    protected Texts texts() {
        return texts;
    }

    /** Replaces the rows. */
    public void setRows(List<R> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    /** The row at {@code index} (model order). */
    public R row(int index) {
        return rows.get(index);
    }

    /** The cell of {@code row} in {@code column}. */
    protected abstract Object value(R row, int column);

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return headingKeys.size();
    }

    @Override
    public String getColumnName(int column) {
        return texts.get(headingKeys.get(column));
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column < columnClasses.size() ? columnClasses.get(column) : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        return value(rows.get(row), column);
    }
}
