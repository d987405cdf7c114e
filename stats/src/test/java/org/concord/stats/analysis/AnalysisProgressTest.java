package org.concord.stats.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.concord.stats.input.InputFile;
import org.concord.stats.input.ItemCoding;
import org.concord.stats.input.Rates;
import org.concord.stats.input.RatesReader;
import org.concord.stats.input.ResponseAccumulator;
import org.concord.stats.input.ResponseSet;
import org.concord.stats.input.ResponsesCsvReader;
import org.concord.stats.report.JsonResultWriter;
import org.concord.stats.testing.TestData;
import org.concord.stats.testing.TestForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis reports its stages, stops when cancelled, and gives the same result whether watched or not. */
class AnalysisProgressTest {
    @TempDir
    Path dir;

    private ResponseSet responses;
    private Rates rates;
    private List<InputFile> inputs;

    private void read() throws Exception {
        Path csv = TestData.responses(dir, 42);
        Path ratesFile = TestData.tidyRates(dir);
        ResponseAccumulator acc = new ResponseAccumulator(ItemCoding.of(TestForms.small()));
        ResponsesCsvReader.read(csv, "responses.csv", acc);
        responses = acc.build();
        rates = RatesReader.read(ratesFile, "rates.csv", null);
        inputs = List.of(InputFile.of("responses", csv), InputFile.of("rates", ratesFile));
    }

    /** Records each step and cancels once {@code stopAt} has been reported. */
    private static class Recorder implements Progress {
        final List<String> stages = new ArrayList<>();
        final List<Double> fractions = new ArrayList<>();
        final String stopAt;

        Recorder(String stopAt) {
            this.stopAt = stopAt;
        }

        @Override
        public void step(String stage, double fraction) {
            stages.add(stage);
            fractions.add(fraction);
        }

        @Override
        public boolean cancelled() {
            return stopAt != null && stages.contains(stopAt);
        }
    }

    @Test
    void aWatchedRunReportsEveryStageInOrderAndGivesTheSameJson() throws Exception {
        read();
        AnalysisOptions options = AnalysisOptions.defaults().withYears(2016, 2020).withResampling(3L, 999, 999);
        Recorder recorder = new Recorder(null);
        AnalysisResult watched = Analysis.run(responses, rates, options, "test", inputs, recorder);
        AnalysisResult plain = Analysis.run(responses, rates, options, "test", inputs);
        assertThat(JsonResultWriter.toJson(watched)).isEqualTo(JsonResultWriter.toJson(plain));
        assertThat(recorder.stages.stream().distinct().toList())
                .containsExactly(Progress.TRENDS, Progress.INDICES, Progress.COMPARISON, Progress.ITEMS);
        assertThat(recorder.fractions).isSorted();
        assertThat(recorder.fractions.get(recorder.fractions.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void aRunCancelledDuringTheComparisonStopsBeforeTheItems() throws Exception {
        read();
        // 99,999 permutations would be exact here (4 + 4 LAs), so the bootstrap is what gets cancelled.
        AnalysisOptions options = AnalysisOptions.defaults().withYears(2016, 2020).withResampling(3L, 999, 5_000_000);
        Recorder recorder = new Recorder(Progress.COMPARISON);
        long start = System.nanoTime();
        assertThatThrownBy(() -> Analysis.run(responses, rates, options, "test", inputs, recorder))
                .isInstanceOf(CancellationException.class);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
        assertThat(recorder.stages).doesNotContain(Progress.ITEMS);
    }

    @Test
    void aRunCancelledBeforeItStartsDoesNothing() throws Exception {
        read();
        Recorder recorder = new Recorder(null) {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> Analysis.run(responses, rates, AnalysisOptions.defaults(), "test", inputs,
                recorder)).isInstanceOf(CancellationException.class);
        assertThat(recorder.stages).isEmpty();
    }
}
