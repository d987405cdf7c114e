package org.concord.app.workspace.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.concord.app.base.Message;
import org.concord.common.Logs;
import org.junit.jupiter.api.Test;

/** The Analysis tab without a window: fields to a request, years checked, failures worded. */
class AnalysisScreenModelTest {
    private static AnalysisScreenModel.Fields fields(String from, String to) {
        return new AnalysisScreenModel.Fields(List.of(Path.of("a.concord")), null, Path.of("rates.csv"), "rate",
                from, to, 2.0, "person_mad", 2, 3, 1L, 999, 99);
    }

    @Test
    void fieldsBecomeARequestWithEveryOption() {
        var checked = AnalysisScreenModel.check(fields(" 2019 ", ""));
        assertThat(checked.problems()).isEmpty();
        var options = checked.request().options();
        assertThat(options.yearFrom()).isEqualTo(2019);
        assertThat(options.yearTo()).isNull();
        assertThat(options.stableBand()).isEqualTo(2.0);
        assertThat(options.index()).isEqualTo("person_mad");
        assertThat(options.minLeaders()).isEqualTo(2);
        assertThat(options.minWorkers()).isEqualTo(3);
        assertThat(options.permutations()).isEqualTo(999);
        assertThat(options.bootstrap()).isEqualTo(99);
        assertThat(checked.request().inputs()).containsExactly(Path.of("a.concord"));
        assertThat(checked.request().rateColumn()).isEqualTo("rate");
    }

    @Test
    void aYearThatIsNotFourDigitsNamesItsField() {
        var checked = AnalysisScreenModel.check(fields("19", "twenty"));
        assertThat(checked.request()).isNull();
        assertThat(checked.problems()).containsExactly(
                Message.of("problem.year", Message.of("inputs.yearFrom"), "19"),
                Message.of("problem.year", Message.of("inputs.yearTo"), "twenty"));
    }

    @Test
    void anInternalFailureIsOneLineAndItsStackTraceGoesToTheLog() throws Exception {
        Path logs = Logs.directory();
        assertThat(logs.toString()).as("tests log into the build folder, never the real home")
                .doesNotStartWith(System.getProperty("user.home") + "/.concord");
        List<Message> lines = AnalysisScreenModel.problems(new IllegalStateException("boom in the analysis"));
        assertThat(lines).containsExactly(Message.of("problem.internal", "boom in the analysis"));
        Logs.logger().getHandlers()[0].flush();
        try (Stream<Path> files = Files.list(logs)) {
            String logged = files.filter(f -> f.getFileName().toString().endsWith(".log"))
                    .map(AnalysisScreenModelTest::read).reduce("", String::concat);
            assertThat(logged).contains("workspace: the analysis failed").contains("boom in the analysis")
                    .contains("at org.concord.app.workspace.panel.AnalysisScreenModelTest");
        }
    }

    @Test
    void savedFilesGetTheirExtension() {
        assertThat(AnalysisScreenModel.withExtension(Path.of("out"), ".xlsx")).isEqualTo(Path.of("out.xlsx"));
        assertThat(AnalysisScreenModel.withExtension(Path.of("out.JSON"), ".json")).isEqualTo(Path.of("out.JSON"));
        assertThat(AnalysisScreenModel.stage("reading")).isEqualTo(Message.of("stage.reading"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
