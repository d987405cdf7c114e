package org.concord.app.workspace.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.UIManager;

/** Colours and fonts shared by the workspace charts, read from the look and feel so both themes stay readable. */
final class ChartStyle {
    /** Falling-trend LAs: a blue that reads on white and on FlatLaf's dark grey. */
    static final Color FALLING = new Color(0x3B82F6);
    /** Rising-trend LAs: an orange of the same weight. */
    static final Color RISING = new Color(0xF97316);

    private ChartStyle() {
    }

    static Color colour(String trend) {
        return switch (trend) {
            case "falling" -> FALLING;
            case "rising" -> RISING;
            default -> muted();
        };
    }

    static Color text() {
        Color c = UIManager.getColor("Label.foreground");
        return c == null ? Color.DARK_GRAY : c;
    }

    static Color muted() {
        Color c = UIManager.getColor("Label.disabledForeground");
        return c == null ? Color.GRAY : c;
    }

    static Color grid() {
        Color c = UIManager.getColor("Separator.foreground");
        return c == null ? Color.LIGHT_GRAY : c;
    }

    static Font font() {
        Font f = UIManager.getFont("Label.font");
        return f == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : f;
    }

    static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** A fixed jitter in -1..1 for an LA, so a repaint never moves a dot. */
    static double jitter(String laCode) {
        int h = laCode.hashCode() * 0x9E3779B1;
        return ((h >>> 8) & 0xFFFF) / 32767.5 - 1.0;
    }

    /** Tick values covering lo..hi at a round step, about {@code count} of them. */
    static double[] ticks(double lo, double hi, int count) {
        double span = hi - lo;
        if (!(span > 0)) {
            return new double[] {lo};
        }
        double raw = span / Math.max(1, count);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        double first = Math.ceil(lo / step) * step;
        int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        double[] out = new double[Math.max(1, n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = first + i * step;
        }
        return out;
    }

    /** A tick label with as many decimals as the step between ticks needs (0.25 -> 2, 5 -> 0). */
    static String format(double v, double step) {
        int decimals = 0;
        while (decimals < 6 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals)))
                > 1e-9 * Math.pow(10, decimals)) {
            decimals++;
        }
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v + 0.0);
    }

    /** The step between the given ticks (1 when there is a single tick). */
    static double step(double[] ticks) {
        return ticks.length > 1 ? ticks[1] - ticks[0] : 1;
    }
}
