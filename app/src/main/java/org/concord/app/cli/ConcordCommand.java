package org.concord.app.cli;

import java.io.PrintWriter;
import org.concord.app.Version;
import org.concord.common.InputException;
import org.concord.common.QuietLibraries;
import org.concord.common.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code concord} command line. Exit codes: 0 success, 2 bad input (each problem on stderr, naming file, row and
 * column), 1 internal error. No stack trace is printed at a user unless {@code CONCORD_DEBUG} is set.
 */
@Command(name = "concord", mixinStandardHelpOptions = true, versionProvider = ConcordCommand.VersionProvider.class,
        description = "Survey instrument and analysis of worker-leader agreement in values across local authorities.",
        subcommands = {CommandLine.HelpCommand.class, FormCommand.class, ExportCommand.class, MergeCommand.class,
            AnalyseCommand.class, SimulateCommand.class, DemoCommand.class, PowerCommand.class,
            ServerCommand.class, SyncCommand.class})
public final class ConcordCommand implements Runnable {
    /** Exit code for bad input. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for an internal error. */
    public static final int EXIT_INTERNAL = 1;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "choose a command, e.g. 'concord demo'");
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLineFor(args).execute(args);
    }

    /** The configured command line that runs {@code args}: {@link AnalyseOnly} for {@code concord analyse}. */
    static CommandLine commandLineFor(String... args) {
        return args.length > 0 && ANALYSE.contains(args[0]) ? configure(new CommandLine(new AnalyseOnly()))
                : commandLine();
    }

    /** The names of {@code concord analyse}, which {@link #run} parses without the other commands' models. */
    private static final java.util.Set<String> ANALYSE = java.util.Set.of("analyse", "analyze");

    /**
     * {@code concord} with only its {@code analyse} command: picocli builds the model of every subcommand by
     * reflection, about 0.15 s of CPU for the others, which {@code analyse} (the command timed against R) does not
     * need. Its options, version and handlers are those of {@link ConcordCommand}, so a run parses and reports alike.
     */
    @Command(name = "concord", mixinStandardHelpOptions = true, versionProvider = ConcordCommand.VersionProvider.class,
            subcommands = AnalyseCommand.class)
    static final class AnalyseOnly implements Runnable {
        @Override
        public void run() {
            new ConcordCommand().run();
        }
    }

    /** The configured picocli command line (exposed for tests that capture output). */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new ConcordCommand()));
    }

    private static CommandLine configure(CommandLine cl) {
        QuietLibraries.apply(); // sqlite-jdbc, Tablesaw and POI would print logging warnings on stderr
        cl.setExecutionExceptionHandler(ConcordCommand::handleException);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("concord: " + ex.getMessage());
            err.println("Try 'concord --help' for the commands and their options.");
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    private static int handleException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof InputException input) {
            for (Problem problem : input.problems()) {
                err.println(problem);
            }
            err.flush();
            return EXIT_BAD_INPUT;
        }
        err.println("concord: internal error: " + ex);
        err.println("Please report this with the command you ran. Set CONCORD_DEBUG=1 to see the details.");
        if (System.getenv("CONCORD_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_INTERNAL;
    }

    /** Reports the build's version. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Concord " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
