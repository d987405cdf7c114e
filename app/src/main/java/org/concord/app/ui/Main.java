package org.concord.app.ui;

import java.awt.GraphicsEnvironment;
import org.concord.app.cli.ConcordCommand;

/**
 * Entry point of {@code concord.jar}. Without arguments it opens the app when there is a display, and runs the demo
 * when there is none (so the README's first command shows something on a server); with arguments it runs the command
 * line ({@link ConcordCommand}).
 */
public final class Main {
    /** The line printed when there is no display, before the demo runs. */
    static final String NO_DISPLAY = "No display found, so Concord runs its demo instead of opening the app"
            + " (see 'concord --help' for the commands).";

    private Main() {
    }

    /** Starts the app or runs a command and exits with its code (0 ok, 2 bad input, 1 internal error). */
    public static void main(String[] args) {
        if (args.length == 0 && !GraphicsEnvironment.isHeadless()) {
            System.exit(AppLauncher.launch());
        }
        System.exit(ConcordCommand.run(commandFor(args, GraphicsEnvironment.isHeadless())));
    }

    /** The command line to run: the arguments, or {@code demo} when there are none and no display to open the app. */
    static String[] commandFor(String[] args, boolean headless) {
        if (args.length == 0 && headless) {
            System.out.println(NO_DISPLAY);
            return new String[] {"demo"};
        }
        return args;
    }
}
