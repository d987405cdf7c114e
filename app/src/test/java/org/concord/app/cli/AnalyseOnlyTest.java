package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code concord analyse} is parsed by a command line holding only the analyse command (the other commands' models
 * are not built): its help, its answers to wrong options and its exit codes are those of the full command line.
 */
class AnalyseOnlyTest {
    /** Exit code, stdout and stderr of {@code args} run by {@code cl}. */
    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }

    @Test
    void analyseAloneAnswersAsTheFullCommandLine() {
        String[][] runs = {{"analyse", "--help"}, {"analyze", "--help"}, {"analyse", "--version"},
            {"analyse", "--bogus"}, {"analyse", "--rates"}, {"analyse", "--rates", "missing.csv", "--language", "fr"},
            {"analyse", "--rates", "missing.csv"}};
        for (String[] args : runs) {
            CommandLine alone = ConcordCommand.commandLineFor(args);
            assertThat(alone.getSubcommands().keySet()).as("subcommands for %s", String.join(" ", args))
                    .containsExactlyInAnyOrder("analyse", "analyze");
            String full = run(ConcordCommand.commandLine(), args);
            assertThat(run(alone, args)).as("concord %s", String.join(" ", args)).isEqualTo(full);
        }
    }

    @Test
    void everyOtherCommandLineHasEveryCommand() {
        for (String[] args : new String[][] {{}, {"--help"}, {"form", "check", "x.xlsx"}, {"help", "analyse"}}) {
            assertThat(ConcordCommand.commandLineFor(args).getSubcommands().keySet())
                    .as("subcommands for '%s'", String.join(" ", args))
                    .containsAll(ConcordCommand.commandLine().getSubcommands().keySet())
                    .contains("analyse", "form", "simulate", "demo");
        }
    }
}
