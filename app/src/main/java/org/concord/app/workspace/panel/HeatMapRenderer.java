package org.concord.app.workspace.panel;

import java.awt.Color;
import java.awt.Component;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import org.concord.stats.models.ModelsView;

/**
 * A loading as a heat-map cell: the workbook's colour scale (orange at -1, white at 0, blue at +1, from
 * {@link ModelsView#colour}) behind the value, in black or white, whichever contrasts more, in either theme.
 */
final class HeatMapRenderer extends DefaultTableCellRenderer {
    private static final long serialVersionUID = 1L;

    HeatMapRenderer() {
        setHorizontalAlignment(RIGHT);
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                   int row, int column) {
        super.getTableCellRendererComponent(table, value, selected, focused, row, column);
        if (value instanceof Double loading) {
            Color back = new Color(ModelsView.colour(loading));
            setBackground(back);
            setForeground(contrastWith(back));
            setText(String.format(Locale.ROOT, "%.3f", loading));
            // The colour stays the figure; a selected cell is marked by a frame in the selection colour instead.
            Color frame = UIManager.getColor("Table.selectionBackground");
            setBorder(selected && frame != null ? BorderFactory.createLineBorder(frame, 2)
                    : BorderFactory.createEmptyBorder(2, 2, 2, 2));
        } else {
            setText("\u2013");
        }
        return this;
    }

    /** Black or white, whichever has the larger WCAG contrast ratio against {@code back}. */
    static Color contrastWith(Color back) {
        double l = luminance(back);
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? Color.BLACK : Color.WHITE;
    }

    /** The WCAG relative luminance of a colour. */
    static double luminance(Color c) {
        double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
