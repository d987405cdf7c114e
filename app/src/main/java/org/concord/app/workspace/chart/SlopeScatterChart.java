package org.concord.app.workspace.chart;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;

/**
 * The index of each LA against its rate's change in % a year, coloured by trend, with the stable band shaded by two
 * dashed lines; filled dots entered the comparison, rings did not.
 */
public final class SlopeScatterChart extends PlotFrame {
    private static final long serialVersionUID = 1L;

    private String xLabel = "";
    private double band;
    private double xLo = -1;
    private double xHi = 1;

    /** An empty chart. */
    public SlopeScatterChart() {
        setName("chart.scatter");
    }

    /** Shows the LAs with both an index and a trend slope; {@code stableBand} is the band in % a year. */
    public void show(List<ChartPoint> newPoints, double stableBand, String title, String yLabel, String newXLabel,
                     String emptyText) {
        List<ChartPoint> usable = newPoints.stream().filter(p -> p.index() != null && p.pctPerYear() != null)
                .toList();
        band = stableBand;
        xLabel = newXLabel;
        double lo = Math.min(-band, usable.stream().mapToDouble(ChartPoint::pctPerYear).min().orElse(-band));
        double hi = Math.max(band, usable.stream().mapToDouble(ChartPoint::pctPerYear).max().orElse(band));
        double pad = Math.max(0.5, (hi - lo) * 0.08);
        xLo = lo - pad;
        xHi = hi + pad;
        setTexts(title, yLabel, emptyText);
        setPoints(usable, List.of());
    }

    /** The LAs plotted (those with an index and a slope). */
    public int plotted() {
        return points.size();
    }

    private int x(double v) {
        return (int) Math.round(left + (v - xLo) / (xHi - xLo) * (right - left));
    }

    @Override
    void paintPlot(Graphics2D g, FontMetrics fm) {
        int line = fm.getHeight();
        g.setColor(ChartStyle.text());
        g.drawLine(left, bottom, right, bottom);
        int lastEnd = Integer.MIN_VALUE;
        double[] ticks = ChartStyle.ticks(xLo, xHi, 6);
        double step = ChartStyle.step(ticks);
        for (double t : ticks) {
            String s = ChartStyle.format(t, step);
            int xx = x(t);
            int w = fm.stringWidth(s);
            if (xx - w / 2 > lastEnd + line / 2) {
                g.drawString(s, xx - w / 2, bottom + line);
                lastEnd = xx + w / 2;
            }
            g.drawLine(xx, bottom, xx, bottom + line / 4);
        }
        g.drawString(xLabel, (left + right - fm.stringWidth(xLabel)) / 2, bottom + line * 2);
        g.setColor(ChartStyle.grid());
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        g.drawLine(x(-band), top, x(-band), bottom);
        g.drawLine(x(band), top, x(band), bottom);
        g.setStroke(new BasicStroke(Math.max(1f, line / 12f)));
        int r = Math.max(3, line / 4);
        for (ChartPoint p : points) {
            g.setColor(ChartStyle.colour(p.trend()));
            dot(g, x(p.pctPerYear()), y(p.index()), r, p.included());
        }
    }
}
