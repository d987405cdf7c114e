package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PowerCommandTest {
    @Test
    void powerPrintsBothTestsWithIntervalsAndNoProgressWhenNotInATerminal() {
        CliRun run = CliRun.of("power", "--las", "12", "--leaders", "3", "--workers", "6", "--effect", "1",
                "--replications", "20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Power by simulation: 20 studies of 12 LAs (on average 4.0 falling and 4.0"
                + " rising compared), 3 leaders and 6 workers per LA, 5% missing, true difference 1,");
        assertThat(run.out()).containsPattern("Mann-Whitney: +power [01]\\.\\d{3} \\(95% CI [01]\\.\\d{3} to");
        assertThat(run.out()).containsPattern("Permutation: +power [01]\\.\\d{3} \\(95% CI");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void badPowerOptionsExitWithTwo() {
        CliRun run = CliRun.of("power", "--replications", "0", "--alpha", "2", "--index", "nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--replications must be").contains("--alpha must be")
                .contains("--index nope is not an index");
    }

    @Test
    void theProgressLineRedrawsInPlaceAndEndsWithANewline() {
        StringWriter sink = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(sink), "Simulating", true);
        line.update(1, 4);
        line.update(4, 4);
        line.finish();
        assertThat(sink.toString()).startsWith("\rSimulating [").contains("] 1/4")
                .contains("\rSimulating [" + "#".repeat(30) + "] 4/4").endsWith(System.lineSeparator());
        StringWriter quiet = new StringWriter();
        ProgressLine hidden = new ProgressLine(new PrintWriter(quiet), "Simulating", false);
        hidden.update(4, 4);
        hidden.finish();
        assertThat(quiet.toString()).isEmpty();
    }
}
