package org.concord.app.kiosk.panel;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import javax.swing.JButton;
import javax.swing.UIManager;
import org.concord.app.base.Appearance;

/**
 * Sizes and fonts of the kiosk: fonts are derived from the look and feel's default font and sizes from the app's font
 * scale ({@link Appearance#fontScale()}), so both follow the researcher's display setting; read again whenever a screen
 * is built.
 */
public final class KioskStyle {
    /** Smallest side of a touch target at 100%, in pixels. */
    public static final int TOUCH = 48;

    private KioskStyle() {
    }

    /** The default font. */
    public static Font font() {
        Font f = UIManager.getFont("defaultFont");
        return f != null ? f : UIManager.getFont("Label.font");
    }

    /** The font scale in effect (1 = 100%). */
    public static float scale() {
        return Math.max(1f, Appearance.fontScale());
    }

    /**
     * A size in MigLayout constraints: given as at 100%, because MigLayout scales its pixel units with the default
     * font itself (scaling here too would count the font scale twice).
     */
    public static int mig(int px) {
        return px;
    }

    /** {@code px} at 100%, scaled: for sizes outside layout constraints (borders, HTML widths, scrolling). */
    public static int px(int px) {
        return Math.round(px * scale());
    }

    /** The default font, {@code times} as large, bold or plain. */
    public static Font font(float times, boolean bold) {
        return Appearance.font(times, bold);
    }

    /** The width of the screen the kiosk fills, in pixels. */
    public static int screenWidth() {
        if (GraphicsEnvironment.isHeadless()) {
            return 1280;
        }
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds().width;
    }

    /** The colour of messages next to questions: calm, readable, not alarming. */
    public static Color issueColor() {
        return Appearance.issueColor();
    }

    /** The accent colour marking the question that has the keyboard focus. */
    public static Color accent() {
        Color c = UIManager.getColor("Component.focusColor");
        return c != null ? c : new Color(0x26, 0x75, 0xBF);
    }

    /**
     * The fill of a chosen answer: the accent, dark blue on the light theme and light blue on the dark one, so that it
     * differs from an unchosen button by well over WCAG's 3:1 for non-text contrast in both.
     */
    public static Color selectedFill() {
        return com.formdev.flatlaf.FlatLaf.isLafDark() ? new Color(0x8C, 0xC4, 0xFF) : new Color(0x1F, 0x5F, 0xA8);
    }

    /** The text on a chosen answer's fill. */
    public static Color selectedText() {
        return com.formdev.flatlaf.FlatLaf.isLafDark() ? new Color(0x10, 0x10, 0x10) : Color.WHITE;
    }

    /** The FlatLaf style of an answer button: a wide focus ring and the chosen answer's fill and text colours. */
    public static String answerStyle() {
        return "focusWidth: 3; innerFocusWidth: 1; selectedBackground: " + hex(selectedFill())
                + "; selectedForeground: " + hex(selectedText());
    }

    /**
     * A button on a page that is not an answer (go back to a question, delete a repeat instance): the text of the
     * answers, the wide focus ring of every kiosk control, and at least a touch target high and twice that wide.
     */
    public static JButton pageButton(String text) {
        JButton b = new PageButton(text);
        b.setFont(font(1.05f, false));
        b.putClientProperty("FlatLaf.style", "focusWidth: 3; innerFocusWidth: 1");
        return b;
    }

    /** A button at least a touch target high (its focus ring around that) and twice as wide. */
    private static final class PageButton extends JButton {
        private static final long serialVersionUID = 1L;

        PageButton(String text) {
            super(text);
        }

        @Override
        public Dimension getPreferredSize() {
            Dimension d = super.getPreferredSize();
            if (isPreferredSizeSet()) {
                return d;
            }
            int ring = 2 * px(3);
            d.height = Math.max(d.height, px(TOUCH) + ring);
            d.width = Math.max(d.width, 2 * px(TOUCH) + ring);
            return d;
        }
    }

    /** The mark before a chosen answer's text: a tick, or an asterisk where the font has no tick. */
    public static String tick() {
        return font().canDisplay('\u2713') ? "\u2713 " : "* ";
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
