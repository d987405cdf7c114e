package org.concord.app.base;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;

/**
 * Lays components out in rows at their preferred sizes, as many to a row as fit the container's width, so that nothing
 * is cut when the window is narrow or the text large: the preferred height is that of the rows the current width needs
 * (the container grows taller). Optionally, on a single row the first components stay left and the others go right.
 */
public final class WrappingRowLayout implements LayoutManager {
    private final int left;
    private int laidOutRows = 1;

    /**
     * A layout; while all fit one row, the first {@code left} components stay left and the others go right (0: all
     * left).
     */
    public WrappingRowLayout(int left) {
        this.left = left;
    }

    @Override
    public void addLayoutComponent(String name, Component comp) {
    }

    @Override
    public void removeLayoutComponent(Component comp) {
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        Insets in = parent.getInsets();
        int width = 0;
        for (Component c : parent.getComponents()) {
            width += c.getPreferredSize().width + gap(parent);
        }
        int available = parent.getWidth() - in.left - in.right;
        List<List<Component>> rows = rows(parent, available > 0 ? available : width);
        int height = rows.stream()
                .mapToInt(row -> row.stream().mapToInt(c -> c.getPreferredSize().height).max().orElse(0))
                .sum() + (rows.size() - 1) * gap(parent) / 3;
        return new Dimension(width - gap(parent) + in.left + in.right, height + in.top + in.bottom);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        Insets in = parent.getInsets();
        int width = 0;
        for (Component c : parent.getComponents()) {
            width = Math.max(width, c.getPreferredSize().width);
        }
        return new Dimension(width + in.left + in.right, preferredLayoutSize(parent).height);
    }

    @Override
    public void layoutContainer(Container parent) {
        Insets in = parent.getInsets();
        int available = parent.getWidth() - in.left - in.right;
        List<List<Component>> rows = rows(parent, available);
        int y = in.top;
        for (List<Component> row : rows) {
            int height = row.stream().mapToInt(c -> c.getPreferredSize().height).max().orElse(0);
            int used = row.stream().mapToInt(c -> c.getPreferredSize().width + gap(parent)).sum() - gap(parent);
            int x = in.left;
            for (int i = 0; i < row.size(); i++) {
                Component c = row.get(i);
                Dimension d = c.getPreferredSize();
                if (left > 0 && rows.size() == 1 && i == left) {
                    x += Math.max(0, available - used); // the others to the right
                }
                c.setBounds(x, y + (height - d.height) / 2, d.width, d.height);
                x += d.width + gap(parent);
            }
            y += height + gap(parent) / 3;
        }
        if (rows.size() != laidOutRows) {
            // The height given was asked for at the old width: ask again.
            laidOutRows = rows.size();
            SwingUtilities.invokeLater(parent::revalidate);
        }
    }

    private List<List<Component>> rows(Container parent, int available) {
        List<List<Component>> rows = new ArrayList<>();
        List<Component> row = new ArrayList<>();
        int x = 0;
        for (Component c : parent.getComponents()) {
            int w = c.getPreferredSize().width;
            if (!row.isEmpty() && x + gap(parent) + w > available) {
                rows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            x += (row.isEmpty() ? 0 : gap(parent)) + w;
            row.add(c);
        }
        rows.add(row);
        return rows;
    }

    /** The space between components: an em of the container's font. */
    private static int gap(Container parent) {
        return parent.getFontMetrics(parent.getFont()).charWidth('m');
    }
}
