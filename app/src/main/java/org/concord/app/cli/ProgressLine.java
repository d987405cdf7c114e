package org.concord.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on stderr, redrawn in place, shown only when the program runs in a terminal (so that logs and
 * pipes get no control characters). Redrawn at most ten times a second.
 */
final class ProgressLine {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean shown;
    private long lastDrawn;
    private boolean drawn;

    ProgressLine(PrintWriter err, String label) {
        this(err, label, System.console() != null);
    }

    ProgressLine(PrintWriter err, String label, boolean shown) {
        this.err = err;
        this.label = label;
        this.shown = shown;
    }

    /** Shows that {@code done} of {@code total} steps are finished. */
    void update(int done, int total) {
        long now = System.nanoTime();
        if (!shown || (done < total && now - lastDrawn < 100_000_000L)) {
            return;
        }
        lastDrawn = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, total));
        err.flush();
        drawn = true;
    }

    /** Ends the line, if one was drawn. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
