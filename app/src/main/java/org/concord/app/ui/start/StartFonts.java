package org.concord.app.ui.start;

import java.awt.Font;
import java.util.List;
import java.util.Locale;

/**
 * Finds the system's fonts in the background while the app starts. On Linux the start screen's subtitle and headings
 * (FlatLaf's style class h3) ask FlatLaf for its semibold font, which it names by family ("Lato Semibold", "Ubuntu
 * Medium", ...), and the JDK answers the first such name by opening every font file the system has (100-250 ms on the
 * event thread, measured under Xvfb). Looking the same names up on another core first leaves the event thread only a
 * cache look-up, and the headings get the very same fonts. The look-up stops at the first family the system has: a name
 * no font has costs more, as the JDK then also reads every font's names in every language.
 */
public final class StartFonts {
    /**
     * FlatLaf's semibold families on Linux, in its order ({@code [linux]semibold.font} in FlatLaf.properties): it takes
     * the first the system has.
     */
    static final List<String> SEMIBOLD_FAMILIES = List.of("Lato Semibold", "Ubuntu Medium", "Montserrat SemiBold");

    private StartFonts() {
    }

    /** Starts the font search on a background thread (Linux only; elsewhere FlatLaf's fonts are found directly). */
    public static void warmUp() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return;
        }
        Thread search = new Thread(StartFonts::search, "start-fonts");
        search.setDaemon(true);
        search.start();
    }

    /** Looks up FlatLaf's semibold families in order; the first the system has, or the default font's family. */
    static String search() {
        for (String family : SEMIBOLD_FAMILIES) {
            String found = new Font(family, Font.PLAIN, 12).getFamily();
            if (!found.equals(Font.DIALOG)) {
                return found;
            }
        }
        return Font.DIALOG;
    }
}
