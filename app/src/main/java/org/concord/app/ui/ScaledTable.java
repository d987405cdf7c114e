package org.concord.app.ui;

import javax.swing.JTable;
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
    }

    private void fitRowHeight() {
        if (getFont() != null) {
            setRowHeight(getFontMetrics(getFont()).getHeight() + 8);
        }
    }
}
