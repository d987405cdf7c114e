package org.concord.app.base;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.awt.Font;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The look of the whole app, shared by the researcher screens and the participant kiosk: FlatLaf light or dark, and one
 * font scale that every component follows (FlatLaf derives its sizes from the default font). Call on the event thread.
 */
public final class Appearance {
    /** The smallest font scale offered. */
    public static final float MIN_SCALE = 0.75f;
    /** The largest font scale offered (200% must stay readable and unclipped). */
    public static final float MAX_SCALE = 2.5f;

    private static Theme theme = Theme.LIGHT;
    private static float fontScale = 1f;
    private static Font baseFont;
    private static boolean installed;

    private Appearance() {
    }

    /**
     * Switches the theme and scales the default font of the whole UI, then updates every open window.
     * {@code fontScale} is clamped to {@link #MIN_SCALE}..{@link #MAX_SCALE}.
     */
    public static void apply(Theme theme, float fontScale) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("Appearance.apply must run on the event thread");
        }
        float scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, fontScale));
        if (installed && theme == Appearance.theme && scale == Appearance.fontScale) {
            return;
        }
        boolean done = false;
        if (baseFont == null) {
            // The look and feel's own font is the 100% size; remember it before any scaled font overrides it. (No
            // UIManager call before the first install: it would set up Swing's Metal look and feel first, 70 classes
            // and their defaults that the first screen never uses.)
            install(theme);
            baseFont = UIManager.getFont("defaultFont");
            done = scale == 1f;
        }
        if (!done) {
            // A developer default overrides the look and feel's font; FlatLaf also derives its UI scale from it.
            UIManager.put("defaultFont", scale == 1f ? null : baseFont.deriveFont(baseFont.getSize2D() * scale));
            install(theme);
        }
        Appearance.theme = theme;
        Appearance.fontScale = scale;
        installed = true;
        FlatLaf.updateUI();
    }

    private static void install(Theme theme) {
        boolean ok = theme == Theme.DARK ? FlatDarkLaf.setup() : FlatLightLaf.setup();
        if (!ok && theme == Theme.DARK) {
            FlatLightLaf.setup();
        }
    }

    /** The current font scale (1 = 100%). */
    public static float fontScale() {
        return fontScale;
    }

    /** The current theme. */
    public static Theme theme() {
        return theme;
    }

    /** The 100% default font size in points, once a theme has been applied. */
    public static float baseFontSize() {
        return baseFont == null ? UIManager.getFont("defaultFont").getSize2D() : baseFont.getSize2D();
    }

    /** The look and feel's default font, {@code times} as large, bold or plain. */
    public static Font font(float times, boolean bold) {
        Font f = UIManager.getFont("defaultFont");
        if (f == null) {
            f = UIManager.getFont("Label.font");
        }
        return f.deriveFont(bold ? Font.BOLD : Font.PLAIN, f.getSize2D() * times);
    }

    /** The colour of messages about a problem: calm, readable, not alarming. */
    public static Color issueColor() {
        Color c = UIManager.getColor("Component.error.focusedBorderColor");
        return c != null ? c.darker() : new Color(0xB0, 0x3A, 0x00);
    }
}
