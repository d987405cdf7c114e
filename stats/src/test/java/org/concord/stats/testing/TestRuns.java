package org.concord.stats.testing;

import java.nio.file.Path;
import java.util.List;
import org.concord.stats.analysis.Analysis;
import org.concord.stats.analysis.AnalysisOptions;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.input.InputFile;
import org.concord.stats.input.ItemCoding;
import org.concord.stats.input.Rates;
import org.concord.stats.input.RatesReader;
import org.concord.stats.input.ResponseAccumulator;
import org.concord.stats.input.ResponsesCsvReader;

/** Runs the analysis on the files of {@link TestData}, written to a test's folder. */
public final class TestRuns {
    /** Window 2016-2020, seed 7, 999 permutations and bootstrap resamples. */
    public static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withYears(2016, 2020)
            .withResampling(7L, 999, 999);

    private TestRuns() {
    }

    /** Writes the test study's files into {@code dir}, reads them and runs the analysis. */
    public static AnalysisResult run(Path dir, AnalysisOptions options) throws Exception {
        Path csv = TestData.responses(dir, 42);
        Path ratesFile = TestData.tidyRates(dir);
        ResponseAccumulator acc = new ResponseAccumulator(ItemCoding.of(TestForms.small()));
        ResponsesCsvReader.read(csv, "responses.csv", acc);
        Rates rates = RatesReader.read(ratesFile, "rates.csv", null);
        return Analysis.run(acc.build(), rates, options, "test", List.of(InputFile.of("responses", csv),
                InputFile.of("rates", ratesFile)));
    }
}
