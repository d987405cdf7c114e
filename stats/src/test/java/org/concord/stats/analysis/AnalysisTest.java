package org.concord.stats.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concord.common.InputException;
import org.concord.stats.report.JsonResultWriter;
import org.concord.stats.testing.TestRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {
    @TempDir
    Path dir;

    static final AnalysisOptions OPTIONS = TestRuns.OPTIONS;

    static AnalysisResult run(Path dir, AnalysisOptions options) throws Exception {
        return TestRuns.run(dir, options);
    }

    @Test
    void everyLaIsListedWithItsTrendAndExclusionReason() throws Exception {
        AnalysisResult result = run(dir, OPTIONS);
        Map<String, LaResult> las = result.las().stream().collect(Collectors.toMap(LaResult::laCode,
                Function.identity()));
        assertThat(las).hasSize(12);
        assertThat(las.get("LA01").trend()).isEqualTo("falling");
        assertThat(las.get("LA01").included()).isTrue();
        assertThat(las.get("LA01").excludedReason()).isNull();
        assertThat(las.get("LA05").trend()).isEqualTo("rising");
        assertThat(las.get("LA09").excludedReason()).startsWith("stable trend (").endsWith("a year, within \u00b12%)");
        assertThat(las.get("LA10").excludedReason())
                .isEqualTo("trend unknown (fewer than 3 years of rates in 2016-2020)");
        assertThat(las.get("LA11").excludedReason()).isEqualTo("only 1 leader (needs 2)");
        assertThat(las.get("LA12").excludedReason()).isEqualTo("not in the rates file");
        assertThat(las.get("LA12").trend()).isEqualTo("unknown");
        assertThat(las.get("LA01").nLeaders()).isEqualTo(3);
        assertThat(las.get("LA01").nWorkers()).isEqualTo(6);
        assertThat(result.comparison().nFalling()).isEqualTo(4);
        assertThat(result.comparison().nRising()).isEqualTo(4);
        assertThat(result.notes()).isEmpty();
        assertThat(result.items()).extracting(ItemRow::name).containsExactly("q1", "q2", "q3", "q4");
        assertThat(result.series()).hasSize(11);
    }

    @Test
    void theSameSeedGivesByteForByteTheSameJson() throws Exception {
        String first = JsonResultWriter.toJson(run(dir.resolve(".."), OPTIONS));
        String second = JsonResultWriter.toJson(run(dir, OPTIONS));
        assertThat(second).isEqualTo(first.replace(dir.resolve("..").toString(), dir.toString()));
    }

    @Test
    void anEmptyGroupIsReportedPlainlyWithNullFigures() throws Exception {
        AnalysisResult result = run(dir, OPTIONS.withYears(2016, 2020).withIndex("person_mad"));
        AnalysisOptions noRising = new AnalysisOptions(2016, 2020, 50.0, "person_mad", 2, 3, 1L, 99, 99);
        AnalysisResult empty = run(dir, noRising);
        assertThat(result.comparison().difference()).isNotNull();
        assertThat(empty.comparison().nFalling()).isZero();
        assertThat(empty.comparison().nRising()).isZero();
        assertThat(empty.comparison().difference()).isNull();
        assertThat(empty.comparison().welch().p()).isNull();
        assertThat(empty.notes()).contains(
                "No LA with a falling trend met the inclusion rules, so the groups cannot be compared.");
        String json = JsonResultWriter.toJson(empty);
        assertThat(json).contains("\"welch\": {\n      \"t\": null,").doesNotContain("NaN");
        assertThat(PlainWords.answer(empty).get(0)).startsWith("No answer");
    }

    @Test
    void anUnknownIndexIsBadInput() {
        assertThatThrownBy(() -> run(dir, OPTIONS.withIndex("person_mode")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--index person_mode does not exist; use one of person_mad, person_d2");
    }

    @Test
    void aYearsWindowWithoutRatesIsBadInput() {
        assertThatThrownBy(() -> run(dir, OPTIONS.withYears(2030, 2034)))
                .isInstanceOf(InputException.class)
                .hasMessage("rates.csv: no rates in the --years window 2030-2034; the file has rates for 2014-2020");
    }

    @Test
    void theDefaultWindowIsTheLastFiveYearsOfTheRatesFile() throws Exception {
        AnalysisResult result = run(dir, AnalysisOptions.defaults().withResampling(1L, 99, 99));
        assertThat(result.parameters().years()).isEqualTo("2016-2020");
    }
}
