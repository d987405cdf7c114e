package org.concord.app.workspace.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.FormLoader;
import org.concord.stats.analysis.AnalysisOptions;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.LaResult;
import org.concord.stats.analysis.Progress;
import org.concord.stats.simulate.SimulatedStudyWriter;
import org.concord.stats.simulate.SimulationFiles;
import org.concord.stats.simulate.SimulationSpec;
import org.concord.stats.simulate.StudySimulator;
import org.concord.stats.simulate.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's reading of several inputs, without the window. */
class AnalysisRunnerTest {
    @TempDir
    Path dir;

    private static final AnalysisOptions FAST = AnalysisOptions.defaults().withResampling(1L, 999, 199);

    private SyntheticStudy demo() {
        return StudySimulator.generate(FormLoader.loadBundled(FormLoader.DEFAULT_FORM),
                SimulationSpec.defaults().withLas(10).withRespondents(3, 5).withSeed(11L));
    }

    @Test
    void aStudyFileGivesTheSameLaTableAsTheCsvOfTheSameAnswers() {
        SyntheticStudy synthetic = demo();
        Path csv = dir.resolve("r.csv");
        Path study = dir.resolve("s.concord");
        Path rates = dir.resolve("rates.csv");
        SimulationFiles.writeLongCsv(synthetic, csv);
        SimulatedStudyWriter.write(synthetic, study, "1357".toCharArray());
        SimulationFiles.writeTidyRates(synthetic, rates);
        AnalysisResult fromCsv = AnalysisRunner.run(new AnalysisRequest(List.of(csv), null, rates, null, FAST),
                Progress.NONE);
        AnalysisResult fromStudy = AnalysisRunner.run(new AnalysisRequest(List.of(study), null, rates, null, FAST),
                Progress.NONE);
        assertThat(fromStudy.las()).hasSize(10);
        assertThat(fromStudy.las()).extracting(LaResult::indices).isEqualTo(fromCsv.las().stream()
                .map(LaResult::indices).toList());
        assertThat(fromStudy.comparison()).isEqualTo(fromCsv.comparison());
        assertThat(fromStudy.parameters().inputs()).extracting(i -> i.role()).containsExactly("study", "rates");
    }

    @Test
    void everyProblemOfEveryInputIsReportedAtOnce() throws Exception {
        Path bad = dir.resolve("broken.csv");
        Files.writeString(bad, "participant_id,la_code,item,value\np1,A,role,director\np1,A,no_such_item,3\n"
                + "p2,,role,social_worker\n", StandardCharsets.UTF_8);
        Path rates = dir.resolve("rates.csv");
        Files.writeString(rates, "code,when,value\n", StandardCharsets.UTF_8);
        InputException e = catchThrowableOfType(InputException.class, () -> AnalysisRunner.run(
                new AnalysisRequest(List.of(bad, dir.resolve("missing.concord")), null, rates, null, FAST),
                Progress.NONE));
        assertThat(e.problems()).extracting(Problem::file)
                .contains("broken.csv", "rates.csv");
        assertThat(e.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("no_such_item"))
                .anySatisfy(m -> assertThat(m).contains("LA code is blank"))
                .anySatisfy(m -> assertThat(m).contains("matches neither rates shape"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.file()).endsWith("missing.concord"));
    }

    @Test
    void noFilesChosenSaysWhatToChoose() {
        InputException e = catchThrowableOfType(InputException.class, () -> AnalysisRunner.run(
                new AnalysisRequest(List.of(), null, null, null, FAST), Progress.NONE));
        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "no responses: add study files (.concord) or long responses CSVs",
                "no rates file: choose the LA rates CSV");
    }

    @Test
    void studiesOfDifferentFormsAreRefusedAsOnTheCommandLine() throws Exception {
        Path bundled = dir.resolve("a.concord");
        Path other = dir.resolve("b.concord");
        Path rates = dir.resolve("rates.csv");
        SyntheticStudy first = demo();
        SimulatedStudyWriter.write(first, bundled, "1357".toCharArray());
        SimulationFiles.writeTidyRates(first, rates);
        Path form = Path.of(java.util.Objects.requireNonNull(getClass().getResource("/analyse/form")).toURI());
        SimulatedStudyWriter.write(StudySimulator.generate(FormLoader.load(form),
                SimulationSpec.defaults().withLas(2).withRespondents(2, 3)), other, "1357".toCharArray());
        InputException e = catchThrowableOfType(InputException.class, () -> AnalysisRunner.run(
                new AnalysisRequest(List.of(bundled, other), null, rates, null, FAST), Progress.NONE));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("b.concord: holds another form than"
                + " a.concord; analyse studies of one form together, or give the form to read them all with (--form)");
    }
}
