package org.concord.app.base;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableModel;

/** A table whose row height follows the font, so rows are never clipped when the text size grows. */
public class ScaledTable extends JTable {
    private static final long serialVersionUID = 1L;
    private boolean cellTabbing;

    /** A table showing {@code model}. */
    public ScaledTable(TableModel model) {
        super(model);
        fitRowHeight();
        setFillsViewportHeight(true);
        setSurrendersFocusOnKeystroke(true);
        // Tab leaves the table, so the keyboard can reach the controls after it; Ctrl+Tab is Swing's default.
        setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
    }

    /**
     * For a table typed into: Tab and Shift+Tab move to the next or previous cell, ending the edit in progress (so a
     * typed code never runs into the name typed after it) and starting one in the new cell; past the last cell (or
     * before the first) they leave the table. Ctrl+Tab always leaves it.
     */
    public void tabBetweenCells() {
        cellTabbing = true;
        java.util.Set<java.awt.AWTKeyStroke> forward = java.util.Set.of(javax.swing.KeyStroke.getKeyStroke(
                java.awt.event.KeyEvent.VK_TAB, java.awt.event.InputEvent.CTRL_DOWN_MASK));
        java.util.Set<java.awt.AWTKeyStroke> backward = java.util.Set.of(javax.swing.KeyStroke.getKeyStroke(
                java.awt.event.KeyEvent.VK_TAB, java.awt.event.InputEvent.CTRL_DOWN_MASK
                        | java.awt.event.InputEvent.SHIFT_DOWN_MASK));
        setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, forward);
        setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, backward);
        javax.swing.InputMap keys = getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        keys.put(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_TAB, 0), "concord.nextCell");
        keys.put(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_TAB,
                java.awt.event.InputEvent.SHIFT_DOWN_MASK), "concord.previousCell");
        getActionMap().put("concord.nextCell", cellStep(1));
        getActionMap().put("concord.previousCell", cellStep(-1));
        addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                // Tabbing in from another control starts an edit of the first cell (Shift+Tab: the last), its text
                // selected: typing replaces it instead of being added to the end of what the cell holds.
                Component from = e.getOppositeComponent();
                // (An editor just removed has no parent: the table takes the focus back from it, nobody tabbed in.)
                if (getRowCount() == 0 || isEditing() || from == null || from.getParent() == null
                        || javax.swing.SwingUtilities.isDescendingFrom(from, ScaledTable.this)) {
                    return;
                }
                if (e.getCause() == java.awt.event.FocusEvent.Cause.TRAVERSAL_FORWARD) {
                    javax.swing.SwingUtilities.invokeLater(() -> editCell(0, 0));
                } else if (e.getCause() == java.awt.event.FocusEvent.Cause.TRAVERSAL_BACKWARD) {
                    javax.swing.SwingUtilities.invokeLater(() -> editCell(getRowCount() - 1, getColumnCount() - 1));
                }
            }
        });
    }

    private javax.swing.Action cellStep(int step) {
        return new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (isEditing() && !getCellEditor().stopCellEditing()) {
                    return;
                }
                int columns = getColumnCount();
                int row = Math.max(getSelectedRow(), 0);
                int column = Math.max(getSelectedColumn(), 0);
                int at = row * columns + column + step;
                if (getRowCount() == 0 || at < 0 || at >= getRowCount() * columns) {
                    // Later: the editor that had the focus hands it to the table first.
                    javax.swing.SwingUtilities.invokeLater(step > 0 ? ScaledTable.this::transferFocus
                            : ScaledTable.this::transferFocusBackward);
                    return;
                }
                editCell(at / columns, at % columns);
            }
        };
    }

    /** Selects a cell and starts editing it with its text selected, so that typing replaces it. */
    private void editCell(int row, int column) {
        changeSelection(row, column, false, false);
        if (editCellAt(row, column) && getEditorComponent() instanceof javax.swing.text.JTextComponent field) {
            field.requestFocusInWindow();
            field.selectAll();
        } else {
            requestFocusInWindow();
        }
    }

    @Override
    public Component prepareEditor(javax.swing.table.TableCellEditor editor, int row, int column) {
        Component c = super.prepareEditor(editor, row, column);
        if (cellTabbing && c != null) {
            // Tab reaches the table's bindings instead of moving the focus out of the editor.
            c.setFocusTraversalKeysEnabled(false);
        }
        return c;
    }

    @Override
    public void updateUI() {
        super.updateUI();
        fitRowHeight();
        fitColumnsToHeaders();
    }

    @Override
    public void createDefaultColumnsFromModel() {
        super.createDefaultColumnsFromModel();
        fitColumnsToHeaders();
    }

    /**
     * Each column at least as wide as its header and its widest value (of the first rows), so that nothing is cut
     * short; when the columns do not fit, the table scrolls sideways instead.
     */
    public void fitColumnsToHeaders() {
        if (getTableHeader() == null || getColumnModel() == null || getModel() == null) {
            return;
        }
        int rows = Math.min(getRowCount(), 200);
        for (int i = 0; i < getColumnModel().getColumnCount(); i++) {
            TableColumn column = getColumnModel().getColumn(i);
            TableCellRenderer renderer = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                    : getTableHeader().getDefaultRenderer();
            Component header = renderer.getTableCellRendererComponent(this, column.getHeaderValue(), false, false,
                    -1, i);
            int width = header.getPreferredSize().width;
            for (int row = 0; row < rows; row++) {
                Component cell = prepareRenderer(getCellRenderer(row, i), row, i);
                width = Math.max(width, cell.getPreferredSize().width);
            }
            width += 16;
            column.setMinWidth(width);
            column.setPreferredWidth(width);
        }
    }

    @Override
    public void tableChanged(javax.swing.event.TableModelEvent e) {
        super.tableChanged(e);
        fitColumnsToHeaders();
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        // Fill the width when the columns fit; otherwise keep their widths and let the scroll pane scroll sideways.
        return getParent() == null || getPreferredSize().width <= getParent().getWidth();
    }

    private void fitRowHeight() {
        if (getFont() != null) {
            setRowHeight(getFontMetrics(getFont()).getHeight() + 8);
        }
    }
}
