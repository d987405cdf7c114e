package org.concord.app.kiosk.panel;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Insets;
import java.awt.LayoutManager2;
import java.util.Objects;
import javax.swing.AbstractButton;
import net.miginfocom.layout.ConstraintParser;
import net.miginfocom.swing.SwingComponentWrapper;
import net.miginfocom.swing.SwingContainerWrapper;

/**
 * The layout of a choice list's answers: one under another, each the full width and at least a touch target high, a
 * fixed gap between them. It places what MigLayout placed with {@code wrap 1, gapy 6, [grow, fill]} and {@code hmin
 * 48} (sizes given as MigLayout takes them, so they scale alike), in one pass over the answers and without parsing
 * constraints, which matters for a cascading select that lets 120 answers through at a key press. The answers' sizes
 * are measured once per layout (a layout asks for the preferred size, the minimum size and the places, and an answer
 * measures its text again at every ask) and kept until the column is invalidated.
 */
final class AnswerColumn implements LayoutManager2 {
    private static final int[] NO_PADDING = new int[4];
    private final String gap;
    private final String rowMinimum;
    /** The answers' measures since the column was last invalidated, or null. */
    private Rows rows;

    /**
     * The measures of the answers: each one's row height (without its focus ring) and padding, the widest answer, the
     * gap and the column's height without insets; with the answers measured, their texts and their fonts, so that
     * measures are never used for an answer changed since (a column not yet shown stays invalid, and an answer changed
     * then does not invalidate it again).
     */
    private record Rows(int[] heights, int[][] paddings, int width, int between, int height, Component[] answers,
                        String[] texts, Font[] fonts) {
        /** True when {@code parent} holds the same answers with the same texts and fonts as when measured. */
        boolean measure(Container parent) {
            if (answers.length != parent.getComponentCount()) {
                return false;
            }
            for (int i = 0; i < answers.length; i++) {
                Component c = parent.getComponent(i);
                if (c != answers[i] || !(c instanceof AbstractButton b) || !Objects.equals(b.getText(), texts[i])
                        || !Objects.equals(c.getFont(), fonts[i])) {
                    return false;
                }
            }
            return true;
        }
    }

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
    public void addLayoutComponent(Component comp, Object constraints) {
        rows = null;
    }

    @Override
    public void removeLayoutComponent(Component comp) {
        rows = null;
    }

    /** Called whenever the column or an answer in it is invalidated (a text or font changed): measures again. */
    @Override
    public void invalidateLayout(Container target) {
        rows = null;
    }

    @Override
    public Dimension maximumLayoutSize(Container target) {
        return new Dimension(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public float getLayoutAlignmentX(Container target) {
        return 0.5f;
    }

    @Override
    public float getLayoutAlignmentY(Container target) {
        return 0.5f;
    }

    /** MigLayout's visual padding of {@code c} (top, left, bottom, right: its focus ring, outside its row), or 0s. */
    private static int[] padding(Component c) {
        int[] padding = new SwingComponentWrapper(c).getVisualPadding();
        return padding != null ? padding : NO_PADDING;
    }

    /** The answers' measures, taken now unless kept from before. */
    private Rows rows(Container parent) {
        Rows r = rows;
        if (r != null && r.measure(parent)) {
            return r;
        }
        int minimum = pixels(rowMinimum, parent);
        int between = pixels(gap, parent);
        int n = parent.getComponentCount();
        int[] heights = new int[n];
        int[][] paddings = new int[n][];
        Component[] answers = new Component[n];
        String[] texts = new String[n];
        Font[] fonts = new Font[n];
        int width = 0;
        int height = 0;
        for (int i = 0; i < n; i++) {
            Component c = parent.getComponent(i);
            answers[i] = c;
            texts[i] = c instanceof AbstractButton b ? b.getText() : null;
            fonts[i] = c.getFont();
            Dimension d = c.getPreferredSize();
            int[] pad = padding(c);
            paddings[i] = pad;
            heights[i] = Math.max(minimum, d.height - pad[0] - pad[2]);
            width = Math.max(width, d.width - pad[1] - pad[3]);
            height += heights[i];
        }
        r = new Rows(heights, paddings, width, between, height + Math.max(0, n - 1) * between, answers, texts,
                fonts);
        rows = r;
        return r;
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        Rows r = rows(parent);
        Insets in = parent.getInsets();
        return new Dimension(r.width() + in.left + in.right, r.height() + in.top + in.bottom);
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
        Rows r = rows(parent);
        Insets in = parent.getInsets();
        int width = Math.max(0, parent.getWidth() - in.left - in.right);
        int y = in.top;
        for (int i = 0; i < r.heights().length; i++) {
            int[] pad = r.paddings()[i];
            int h = r.heights()[i];
            // The row holds the visual button; its focus ring (the padding) lies around the row, as in MigLayout.
            parent.getComponent(i).setBounds(in.left - pad[1], y - pad[0], width + pad[1] + pad[3],
                    h + pad[0] + pad[2]);
            y += h + r.between();
        }
    }
}
