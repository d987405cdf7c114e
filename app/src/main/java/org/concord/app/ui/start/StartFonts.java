package org.concord.app.ui.start;

import java.awt.Font;
import java.util.Locale;

/**
 * Finds the system's fonts in the background while the app starts. On Linux the start screen's headings ask FlatLaf
 * for its light and semibold fonts ("Lato Light", "Ubuntu Light", ...), and the JDK answers the first such name by
 * opening every font file the system has (100-250 ms on the event thread, measured under Xvfb). A look-up of a name
 * that no font has does the same work once for the whole process, so doing it on another core first leaves the event
 * thread only a cache look-up, and the headings get the very same fonts.
 */
public final class StartFonts {
    /** A family name no system has: its look-up reads every font once. */
    static final String NO_SUCH_FAMILY = "concord-start-fonts";

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

    /** Looks up a family that does not exist (answered with the default font once every font has been read). */
    static String search() {
        return new Font(NO_SUCH_FAMILY, Font.PLAIN, 12).getFamily();
    }
}
