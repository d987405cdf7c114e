package org.concord.app;

import java.awt.GraphicsEnvironment;
import org.concord.app.cli.ConcordCommand;

/**
 * Entry point of {@code concord.jar}. Without arguments it opens the app when there is a display; otherwise it runs the
 * command line ({@link ConcordCommand}).
 */
public final class Main {
    private Main() {
    }

    /** Starts the app or runs a command and exits with its code (0 ok, 2 bad input, 1 internal error). */
    public static void main(String[] args) {
        if (args.length == 0 && !GraphicsEnvironment.isHeadless()) {
            AppLauncher.launch();
            return;
        }
        System.exit(ConcordCommand.run(args));
    }
}
