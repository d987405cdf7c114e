package org.concord.app.workspace.chart;

import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;

/**
 * The shared frame of the workspace charts: a title, a y axis with round ticks and grid lines, and a plot area that
 * subclasses fill. Everything scales with the font, so the chart stays readable at 200%; painting is a few hundred
 * shapes at most.
 */
abstract class PlotFrame extends JComponent {
    private static final long serialVersionUID = 1L;

    private String title = "";
    private String yLabel = "";
    private String emptyText = "";
    private transient List<String[]> legend = List.of();
    protected transient List<ChartPoint> points = List.of();
    protected double yLo;
    protected double yHi = 1;
    /** Where the y axis' tick labels were drawn at the last paint (tests check that none overlap). */
    private transient List<Rectangle> tickLabels = List.of();
    /** The plot area of the last paint, in component coordinates. */
    protected int left;
    protected int top;
    protected int right;
    protected int bottom;

    PlotFrame() {
        setOpaque(false);
        setFocusable(true);
    }

    /** Sets the texts: the title, the y axis label and what is shown when there is nothing to plot. */
    void setTexts(String newTitle, String newYLabel, String newEmptyText) {
        title = newTitle;
        yLabel = newYLabel;
        emptyText = newEmptyText;
        repaint();
    }

    /** Sets the LAs and recomputes the y range from their index values. */
    void setPoints(List<ChartPoint> newPoints, List<Double> extra) {
        points = List.copyOf(newPoints);
        List<Double> ys = new ArrayList<>(extra);
        for (ChartPoint p : points) {
            if (p.index() != null) {
                ys.add(p.index());
            }
        }
        double lo = ys.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = ys.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = hi > lo ? (hi - lo) * 0.08 : Math.max(0.5, Math.abs(lo) * 0.1);
        yLo = lo - pad;
        yHi = hi + pad;
        revalidate();
        repaint();
    }

    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            // A plain JComponent has none; screen readers read the chart's name and its summary description.
            accessibleContext = new AccessibleJComponent() {
                private static final long serialVersionUID = 1L;

                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.CANVAS;
                }
            };
        }
        return accessibleContext;
    }

    @Override
    public Dimension getPreferredSize() {
        int em = getFontMetrics(ChartStyle.font()).getHeight();
        return new Dimension(em * 22, em * 16);
    }

    @Override
    public Dimension getMinimumSize() {
        // Small, so that two charts side by side never push the window wider than a laptop screen at 200%.
        int em = getFontMetrics(ChartStyle.font()).getHeight();
        return new Dimension(em * 5, em * 8);
    }

    /** The bounds of the y axis' tick labels as last painted, top to bottom or bottom to top. */
    public List<Rectangle> tickLabelBounds() {
        return tickLabels;
    }

    int y(double v) {
        return (int) Math.round(bottom - (v - yLo) / (yHi - yLo) * (bottom - top));
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            ChartStyle.smooth(g);
            g.setFont(ChartStyle.font());
            FontMetrics fm = g.getFontMetrics();
            int line = fm.getHeight();
            Insets in = getInsets();
            g.setColor(ChartStyle.text());
            g.drawString(fit(title, fm, getWidth() - in.left - in.right - line), in.left + line / 2,
                    in.top + fm.getAscent());
            int legendLines = paintLegend(g, fm, in.left + line / 2, in.top + line + fm.getAscent(),
                    getWidth() - in.right - line / 2);
            top = in.top + line * (2 + legendLines);
            bottom = getHeight() - in.bottom - line * 3;
            // As many ticks as fit with a line and a half between labels (at 200% a short chart takes fewer).
            double[] ticks = ChartStyle.ticks(yLo, yHi, Math.max(1, Math.min(5, (bottom - top) / (line * 3 / 2))));
            double step = ChartStyle.step(ticks);
            int labelWidth = 0;
            for (double t : ticks) {
                labelWidth = Math.max(labelWidth, fm.stringWidth(ChartStyle.format(t, step)));
            }
            left = in.left + line + labelWidth + line / 2;
            right = getWidth() - in.right - line;
            if (points.isEmpty() || right - left < line || bottom - top < line) {
                g.setColor(ChartStyle.muted());
                g.drawString(emptyText, in.left + line / 2, in.top + line * 3);
                return;
            }
            g.setStroke(new BasicStroke(1f));
            List<Rectangle> labels = new ArrayList<>();
            for (double t : ticks) {
                int yy = y(t);
                g.setColor(ChartStyle.grid());
                g.drawLine(left, yy, right, yy);
                g.setColor(ChartStyle.text());
                String s = ChartStyle.format(t, step);
                int x = left - line / 3 - fm.stringWidth(s);
                int baseline = yy + fm.getAscent() / 2 - 1;
                g.drawString(s, x, baseline);
                labels.add(new Rectangle(x, baseline - fm.getAscent(), fm.stringWidth(s), fm.getAscent()
                        + fm.getDescent()));
            }
            tickLabels = List.copyOf(labels);
            g.drawLine(left, top, left, bottom);
            // The y label reads bottom to top, as on a printed chart.
            Graphics2D rotated = (Graphics2D) g.create();
            rotated.rotate(-Math.PI / 2);
            // Shortened to the axis' height rather than cut (the full text is in the description).
            String shown = fit(yLabel, fm, bottom - top);
            rotated.drawString(shown, -(top + bottom + fm.stringWidth(shown)) / 2, in.left + fm.getAscent());
            rotated.dispose();
            paintPlot(g, fm);
        } finally {
            g.dispose();
        }
    }

    /** The legend: falling and rising in their colours, filled = compared, ring = not compared. */
    private int paintLegend(Graphics2D g, FontMetrics fm, int startX, int firstBaseline, int maxX) {
        int line = fm.getHeight();
        int r = Math.max(3, line / 4);
        int x = startX;
        int baseline = firstBaseline;
        int lines = 1;
        for (String[] entry : legend) {
            int width = 2 * r + line / 4 + fm.stringWidth(entry[1]);
            if (x > startX && x + width > maxX) {
                // Wrap rather than clip: at 200% a narrow chart takes the legend on two lines.
                x = startX;
                baseline += line;
                lines++;
            }
            int cy = baseline - fm.getAscent() / 2 + 1;
            boolean filled = !"ring".equals(entry[0]);
            g.setColor("ring".equals(entry[0]) ? ChartStyle.muted() : ChartStyle.colour(entry[0]));
            dot(g, x + r, cy, r, filled);
            x += 2 * r + line / 4;
            g.setColor(ChartStyle.text());
            g.drawString(entry[1], x, baseline);
            x += fm.stringWidth(entry[1]) + line;
        }
        return lines;
    }

    /** The text, shortened with an ellipsis to {@code width} pixels (the full texts are in the description). */
    static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "\u2026") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }

    /** Sets the legend's labels for falling, rising and not compared. */
    public void setLegend(String falling, String rising, String notCompared) {
        legend = List.of(new String[] {"falling", falling}, new String[] {"rising", rising},
                new String[] {"ring", notCompared});
        repaint();
    }

    /** Paints the data and the x axis inside {@link #left}..{@link #right}, {@link #top}..{@link #bottom}. */
    abstract void paintPlot(Graphics2D g, FontMetrics fm);

    /** A dot for an LA: filled when it entered the comparison, a ring when it did not. */
    static void dot(Graphics2D g, int x, int y, int r, boolean filled) {
        if (filled) {
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            g.drawOval(x - r, y - r, 2 * r, 2 * r);
        }
    }
}
