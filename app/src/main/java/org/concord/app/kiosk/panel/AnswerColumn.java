package org.concord.app.kiosk.panel;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import net.miginfocom.layout.ConstraintParser;
import net.miginfocom.swing.SwingComponentWrapper;
import net.miginfocom.swing.SwingContainerWrapper;

/**
 * The layout of a choice list's answers: one under another, each the full width and at least a touch target high, a
 * fixed gap between them. It places what MigLayout placed with {@code wrap 1, gapy 6, [grow, fill]} and {@code hmin
 * 48} (sizes given as MigLayout takes them, so they scale alike), in one pass over the answers and without parsing
 * constraints, which matters for a cascading select that lets 120 answers through at a key press.
 */
final class AnswerColumn implements LayoutManager {
    private static final int[] NO_PADDING = new int[4];
    private final String gap;
    private final String rowMinimum;

    /** Rows {@code rowMinimum} high at least, {@code gap} apart (sizes in MigLayout's units, as {@link KioskStyle#mig}). */
    AnswerColumn(int gap, int rowMinimum) {
        this.gap = Integer.toString(gap);
        this.rowMinimum = Integer.toString(rowMinimum);
    }

    private int pixels(String size, Container parent) {
        return ConstraintParser.parseUnitValue(size, false).getPixels(0, new SwingContainerWrapper(parent), null);
    }

    @Override
    public void addLayoutComponent(String name, Component comp) {
    }

    @Override
    public void removeLayoutComponent(Component comp) {
    }

    /** MigLayout's visual padding of {@code c} (top, left, bottom, right: its focus ring, outside its row), or 0s. */
    private static int[] padding(Component c) {
        int[] padding = new SwingComponentWrapper(c).getVisualPadding();
        return padding != null ? padding : NO_PADDING;
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        int minimum = pixels(rowMinimum, parent);
        int width = 0;
        int height = 0;
        int n = parent.getComponentCount();
        for (int i = 0; i < n; i++) {
            Component c = parent.getComponent(i);
            Dimension d = c.getPreferredSize();
            int[] pad = padding(c);
            width = Math.max(width, d.width - pad[1] - pad[3]);
            height += Math.max(minimum, d.height - pad[0] - pad[2]);
        }
        Insets in = parent.getInsets();
        return new Dimension(width + in.left + in.right,
                height + Math.max(0, n - 1) * pixels(gap, parent) + in.top + in.bottom);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        Dimension preferred = preferredLayoutSize(parent);
        Insets in = parent.getInsets();
        // The answers may be as narrow as the column (wmin 0): their texts are cut rather than widening the page.
        return new Dimension(in.left + in.right, preferred.height);
    }

    @Override
    public void layoutContainer(Container parent) {
        int minimum = pixels(rowMinimum, parent);
        int between = pixels(gap, parent);
        Insets in = parent.getInsets();
        int width = Math.max(0, parent.getWidth() - in.left - in.right);
        int y = in.top;
        for (int i = 0; i < parent.getComponentCount(); i++) {
            Component c = parent.getComponent(i);
            int[] pad = padding(c);
            // The row holds the visual button; its focus ring (the padding) lies around the row, as in MigLayout.
            int h = Math.max(minimum, c.getPreferredSize().height - pad[0] - pad[2]);
            c.setBounds(in.left - pad[1], y - pad[0], width + pad[1] + pad[3], h + pad[0] + pad[2]);
            y += h + between;
        }
    }
}
