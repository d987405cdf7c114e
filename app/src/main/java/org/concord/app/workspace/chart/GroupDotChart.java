package org.concord.app.workspace.chart;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The index by trend group: each LA a dot (jittered sideways; filled if it entered the comparison, a ring if not),
 * and for the falling and rising groups the mean of the compared LAs with its 95% confidence interval.
 */
public final class GroupDotChart extends PlotFrame {
    private static final long serialVersionUID = 1L;
    private static final List<String> GROUPS = List.of("falling", "rising", "other");

    private transient Map<String, String> groupNames = Map.of();
    private transient List<GroupSummary> summaries = List.of();

    /** An empty chart. */
    public GroupDotChart() {
        setName("chart.groups");
    }

    /**
     * Shows {@code points}.
     *
     * @param groupNames the label of {@code falling}, {@code rising} and {@code other} (stable or unknown trend)
     */
    public void show(List<ChartPoint> newPoints, Map<String, String> groupNames, String title, String yLabel,
                     String emptyText) {
        this.groupNames = Map.copyOf(groupNames);
        List<Double> falling = new ArrayList<>();
        List<Double> rising = new ArrayList<>();
        for (ChartPoint p : newPoints) {
            if (p.included() && p.index() != null) {
                ("falling".equals(p.trend()) ? falling : "rising".equals(p.trend()) ? rising : new ArrayList<Double>())
                        .add(p.index());
            }
        }
        summaries = List.of(GroupSummary.of("falling", falling), GroupSummary.of("rising", rising));
        List<Double> extra = new ArrayList<>();
        for (GroupSummary s : summaries) {
            if (s.lo() != null) {
                extra.add(s.lo());
                extra.add(s.hi());
            }
        }
        setTexts(title, yLabel, emptyText);
        setPoints(newPoints.stream().filter(p -> p.index() != null).toList(), extra);
    }

    /** The group means and intervals shown (falling, rising). */
    public List<GroupSummary> summaries() {
        return summaries;
    }

    private static int group(String trend) {
        return "falling".equals(trend) ? 0 : "rising".equals(trend) ? 1 : 2;
    }

    @Override
    void paintPlot(Graphics2D g, FontMetrics fm) {
        int line = fm.getHeight();
        double slot = (right - left) / (double) GROUPS.size();
        int r = Math.max(3, line / 4);
        g.setColor(ChartStyle.text());
        g.drawLine(left, bottom, right, bottom);
        for (int i = 0; i < GROUPS.size(); i++) {
            String name = fit(groupNames.getOrDefault(GROUPS.get(i), GROUPS.get(i)), fm, (int) slot - line / 2);
            int cx = (int) (left + slot * (i + 0.5));
            g.drawString(name, cx - fm.stringWidth(name) / 2, bottom + line);
        }
        g.setStroke(new BasicStroke(Math.max(1f, line / 12f)));
        for (ChartPoint p : points) {
            int i = group(p.trend());
            int cx = (int) (left + slot * (i + 0.5) + ChartStyle.jitter(p.laCode()) * slot * 0.18);
            g.setColor(ChartStyle.colour(p.trend()));
            dot(g, cx, y(p.index()), r, p.included());
        }
        // Mean and CI beside the dots, so they never hide one.
        g.setStroke(new BasicStroke(Math.max(2f, line / 8f)));
        for (GroupSummary s : summaries) {
            if (s.mean() == null) {
                continue;
            }
            int i = group(s.trend());
            int cx = (int) (left + slot * (i + 0.5) + slot * 0.32);
            g.setColor(ChartStyle.text());
            int half = Math.max(4, line / 2);
            g.drawLine(cx - half, y(s.mean()), cx + half, y(s.mean()));
            if (s.lo() != null) {
                g.drawLine(cx, y(s.lo()), cx, y(s.hi()));
                g.drawLine(cx - half / 2, y(s.lo()), cx + half / 2, y(s.lo()));
                g.drawLine(cx - half / 2, y(s.hi()), cx + half / 2, y(s.hi()));
            }
        }
    }
}
