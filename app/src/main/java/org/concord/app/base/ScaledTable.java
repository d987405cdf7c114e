package org.concord.app.base;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableModel;

/** A table whose row height follows the font, so rows are never clipped when the text size grows. */
public class ScaledTable extends JTable {
    private static final long serialVersionUID = 1L;

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
