package org.concord.app.ui;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;
import org.concord.app.base.Appearance;
import org.concord.app.base.settings.Settings;
import org.concord.app.base.settings.SettingsStore;
import org.concord.app.ui.AppController;
import org.concord.app.ui.MainFrame;
import org.concord.app.ui.start.StartFonts;

/**
 * Starts the Swing app as FlatLaf's demo does: system properties and settings on the main thread, then every UI step
 * inside {@code invokeLater}. Nothing heavy (POI, Tablesaw, SQLite) is loaded before the first screen is painted.
 */
public final class AppLauncher {
    /**
     * System property for the startup benchmark: the wall-clock time (epoch milliseconds) at which the process was
     * launched, or {@code jvm} to count from the JVM's own start. When set, the app prints
     * {@code first-paint-ms=N} once the first screen has been painted, and exits.
     */
    public static final String STARTUP_PROBE = "concord.startupProbe";

    private AppLauncher() {
    }

    /**
     * Opens the first window and waits until the researcher quits; the exit status for {@code main} (0). Call from
     * {@code main}, not from the event thread.
     */
    public static int launch() {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        // The start screen's headings need the system's fonts: find them on another core meanwhile.
        StartFonts.warmUp();
        // Keep the desktop's own window title bar (a full-screen kiosk has none); read when the first frame is made.
        System.setProperty("flatlaf.useWindowDecorations", "false");
        SettingsStore store = SettingsStore.standard();
        Settings settings = store.load();
        String probe = System.getProperty(STARTUP_PROBE);
        long mainAt = System.currentTimeMillis();
        SwingUtilities.invokeLater(() -> {
            long edtAt = System.currentTimeMillis();
            MainFrame frame = open(store, settings, () -> exit.complete(0)).frame();
            long builtAt = System.currentTimeMillis();
            if (probe != null) {
                frame.onFirstPaint(() -> {
                    reportStartup(probe, mainAt, edtAt, builtAt);
                    exit.complete(0);
                });
            }
            frame.setVisible(true);
        });
        return exit.join();
    }

    /** Applies {@code settings} and builds the researcher app with its start screen (not yet visible). */
    public static AppController open(SettingsStore store, Settings settings) {
        return open(store, settings, () -> { });
    }

    /** As {@link #open(SettingsStore, Settings)}; {@code onQuit} runs once the researcher has quit. */
    public static AppController open(SettingsStore store, Settings settings, Runnable onQuit) {
        Appearance.apply(settings.theme(), settings.fontScale());
        AppController app = new AppController(store, settings, onQuit);
        MainFrame frame = app.frame();
        frame.setSize(1200, 860);
        frame.setLocationRelativeTo(null);
        return app;
    }

    private static void reportStartup(String launchedAt, long mainAt, long edtAt, long builtAt) {
        long now = System.currentTimeMillis();
        long start;
        try {
            start = Long.parseLong(launchedAt.trim());
        } catch (NumberFormatException e) {
            // The process start time of ProcessHandle is only as exact as the kernel's boot time (a second), so the
            // benchmark script passes its own launch time; without it, count from the JVM's start.
            start = ManagementFactory.getRuntimeMXBean().getStartTime();
        }
        System.out.println("first-paint-ms=" + (now - start));
        // Where the time went: JVM start to main, main to the event thread, look and feel and window, showing it.
        System.out.println("phases-ms=launch-to-main:" + (mainAt - start) + ",main-to-edt:" + (edtAt - mainAt)
                + ",build-window:" + (builtAt - edtAt) + ",show-and-paint:" + (now - builtAt));
        System.out.flush();
    }
}
