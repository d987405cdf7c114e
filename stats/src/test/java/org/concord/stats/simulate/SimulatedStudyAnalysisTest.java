package org.concord.stats.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.stats.analysis.Analysis;
import org.concord.stats.analysis.AnalysisOptions;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.LaResult;
import org.concord.stats.input.ItemCoding;
import org.concord.stats.input.LaRates;
import org.concord.stats.input.Rates;
import org.concord.stats.input.ResponseAccumulator;
import org.junit.jupiter.api.Test;

/** Simulated studies of the bundled form through the analysis pipeline (responses reader coding, trends, tests). */
class SimulatedStudyAnalysisTest {
    private static final Form FORM = FormLoader.loadBundled("values-agreement");

    @Test
    void withNoTrueDifferenceTheAnalysisRejectsAboutFivePercentOfStudies() {
        int replications = 200;
        int rejectedMw = 0;
        int rejectedPerm = 0;
        SimulationSpec spec = SimulationSpec.defaults().withLas(30).withRespondents(3, 6).withEffect(0);
        for (int r = 0; r < replications; r++) {
            AnalysisResult result = analyse(StudySimulator.generate(FORM, spec.withSeed(1000 + r)), r);
            assertThat(result.comparison().nFalling()).isEqualTo(10);
            assertThat(result.comparison().nRising()).isEqualTo(10);
            rejectedMw += result.comparison().mannWhitney().p() <= 0.05 ? 1 : 0;
            rejectedPerm += result.comparison().permutation().p() <= 0.05 ? 1 : 0;
        }
        System.out.printf("null rejection rate through the analysis over %d studies: Mann-Whitney %.3f,"
                + " permutation %.3f%n", replications, rejectedMw / (double) replications,
                rejectedPerm / (double) replications);
        // Binomial(200, 0.05) has SD 0.0154: 0.01..0.10 is about -2.6..+3.2 SD around the nominal 5%.
        assertThat(rejectedMw / (double) replications).isBetween(0.01, 0.10);
        assertThat(rejectedPerm / (double) replications).isBetween(0.01, 0.10);
    }

    @Test
    void theAnalysisFindsTheTrendsTheStudyWasGeneratedWithAndThePlannersIndexValues() {
        SimulationSpec spec = SimulationSpec.defaults().withLas(12);
        SyntheticStudy study = StudySimulator.generate(FORM, spec);
        AnalysisResult result = analyse(study, 1);
        PowerPlanner.Groups groups = PowerPlanner.indexByTrend(study, PowerSpec.of(spec));
        List<Double> falling = new ArrayList<>();
        List<Double> rising = new ArrayList<>();
        for (SimulatedLa la : study.las()) {
            LaResult analysed = result.las().stream().filter(x -> x.laCode().equals(la.code())).findFirst()
                    .orElseThrow();
            assertThat(analysed.trend()).isEqualTo(la.trend().label());
            assertThat(analysed.nLeaders()).isEqualTo(4);
            assertThat(analysed.nWorkers()).isEqualTo(15);
            if (la.trend() == SimulatedTrend.FALLING) {
                falling.add(analysed.index("person_mad"));
            } else if (la.trend() == SimulatedTrend.RISING) {
                rising.add(analysed.index("person_mad"));
            }
        }
        // The analysis reverses the reverse-keyed items the generator stored un-reversed, so both agree exactly.
        assertThat(falling).hasSize(groups.falling().length);
        for (int i = 0; i < falling.size(); i++) {
            assertThat(falling.get(i)).isCloseTo(groups.falling()[i], within(1e-12));
        }
        for (int i = 0; i < rising.size(); i++) {
            assertThat(rising.get(i)).isCloseTo(groups.rising()[i], within(1e-12));
        }
    }

    /** Runs the analysis on a simulated study held in memory, as if read from its long CSV and rates file. */
    static AnalysisResult analyse(SyntheticStudy study, long seed) {
        ResponseAccumulator acc = new ResponseAccumulator(ItemCoding.of(study.form()));
        Map<String, String> names = new TreeMap<>();
        study.las().forEach(la -> names.put(la.code(), la.name()));
        for (SimulatedParticipant p : study.participants()) {
            String id = p.id().toString();
            p.answers().forEach((item, value) -> acc.add("simulated", 0, id, p.laCode(), names.get(p.laCode()),
                    item, value));
        }
        List<LaRates> rates = new ArrayList<>();
        for (SimulatedLa la : study.las()) {
            TreeMap<Integer, Double> byYear = new TreeMap<>();
            la.rates().forEach(point -> byYear.put(point.year(), point.rate()));
            rates.add(new LaRates(la.code(), null, la.name(), byYear));
        }
        AnalysisOptions options = AnalysisOptions.defaults()
                .withYears(study.spec().firstYear(), study.spec().lastYear()).withResampling(seed, 999, 99);
        return Analysis.run(acc.build(), new Rates("rates", Rates.TIDY, null, rates), options, "test", List.of());
    }
}
