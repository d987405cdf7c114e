package org.concord.stats.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.common.InputException;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.junit.jupiter.api.Test;

class StudySimulatorTest {
    private final Form form = HandBuiltForm.small();

    @Test
    void sameSeedGivesTheSameStudyAndAnotherSeedAnotherOne() {
        SimulationSpec spec = SimulationSpec.defaults().withLas(6);
        SyntheticStudy a = StudySimulator.generate(form, spec);
        SyntheticStudy b = StudySimulator.generate(form, spec);
        SyntheticStudy c = StudySimulator.generate(form, spec.withSeed(2));
        assertThat(b.participants()).isEqualTo(a.participants());
        assertThat(b.las()).isEqualTo(a.las());
        assertThat(c.participants().get(0).id()).isNotEqualTo(a.participants().get(0).id());
        assertThat(a.participants().get(0).id().version()).isEqualTo(4);
    }

    @Test
    void everyLaHasItsLeadersAndWorkersWithRolesOfTheRightGroupAndConsent() {
        SyntheticStudy study = StudySimulator.generate(form, SimulationSpec.defaults().withLas(5)
                .withRespondents(3, 7));
        assertThat(study.las()).extracting(SimulatedLa::code)
                .containsExactly("X0001", "X0002", "X0003", "X0004", "X0005");
        assertThat(study.participants()).hasSize(5 * 10);
        for (SimulatedLa la : study.las()) {
            List<SimulatedParticipant> here = study.participants().stream()
                    .filter(p -> p.laCode().equals(la.code())).toList();
            assertThat(here.stream().filter(SimulatedParticipant::leader)).hasSize(3);
            assertThat(here.stream().filter(p -> !p.leader())).hasSize(7);
        }
        for (SimulatedParticipant p : study.participants()) {
            assertThat(p.answers()).containsEntry("consent", "OK").containsEntry("role", p.role());
            assertThat(p.role()).isIn(p.leader() ? Set.of("director", "manager")
                    : Set.of("social_worker", "family_support"));
            assertThat(p.language()).isIn("en", "cy");
            if (p.answers().containsKey("years")) {
                assertThat(Integer.parseInt(p.answers().get("years"))).isBetween(0, 50);
            }
            for (Question item : form.valuesItems()) {
                String v = p.answers().get(item.name());
                assertThat(v).as("a values answer").isIn(null, "1", "2", "3", "4", "5");
            }
        }
    }

    @Test
    void trendsAreBalancedAndTheRatesShowThem() {
        SyntheticStudy study = StudySimulator.generate(form, SimulationSpec.defaults().withLas(20));
        Map<SimulatedTrend, Long> counts = study.las().stream()
                .collect(Collectors.groupingBy(SimulatedLa::trend, Collectors.counting()));
        assertThat(counts).containsEntry(SimulatedTrend.FALLING, 7L).containsEntry(SimulatedTrend.RISING, 7L)
                .containsEntry(SimulatedTrend.STABLE, 6L);
        for (SimulatedLa la : study.las()) {
            assertThat(la.rates()).extracting(SimulatedLa.RatePoint::year)
                    .containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022);
            double pct = olsPctPerYear(la.rates());
            // The design's classification with the default band of 2% a year recovers the generated trend.
            SimulatedTrend recovered = pct >= 2 ? SimulatedTrend.RISING
                    : pct <= -2 ? SimulatedTrend.FALLING : SimulatedTrend.STABLE;
            assertThat(recovered).as(la.code() + " " + pct).isEqualTo(la.trend());
            assertThat(pct).isCloseTo(la.pctPerYear(), org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void theMissingRateIsTheShareOfValuesAnswersLeftOut() {
        SyntheticStudy study = StudySimulator.generate(form, SimulationSpec.defaults().withLas(30)
                .withRespondents(5, 20).withMissing(0.2));
        long possible = (long) study.participants().size() * form.valuesItems().size();
        long missing = study.participants().stream().mapToLong(p -> form.valuesItems().stream()
                .filter(q -> !p.answers().containsKey(q.name())).count()).sum();
        // 6000 Bernoulli(0.2) draws: SD of the share is 0.0052, so +-0.025 is almost 5 SD.
        assertThat(missing / (double) possible).isBetween(0.175, 0.225);
        SyntheticStudy complete = StudySimulator.generate(form, SimulationSpec.defaults().withMissing(0));
        assertThat(complete.participants()).allSatisfy(p -> assertThat(p.answers()).hasSize(2 + 1 + 8 + 1));
    }

    @Test
    void reverseKeyedItemsAreStoredUnreversedSoThatScoringReversesThemBack() {
        // No LA, item or answer noise: people differ only by their offset, so every scored item rises with it while
        // a reverse-keyed item as stored falls as it rises; no two people may order the two stored items alike.
        SimulationSpec quiet = new SimulationSpec(4, 50, 50, 0, 0, 0, 0, 0, 0, 2016, 2022, 3);
        SyntheticStudy study = StudySimulator.generate(form, quiet);
        List<Question> items = form.valuesItems();
        int normal = 0;
        int reversed = 2; // v3
        assertThat(items.get(reversed).reverse()).isTrue();
        assertThat(items.get(normal).reverse()).isFalse();
        int n = study.participants().size();
        double[] storedNormal = new double[n];
        double[] storedReversed = new double[n];
        for (int i = 0; i < n; i++) {
            SimulatedParticipant p = study.participants().get(i);
            storedNormal[i] = Double.parseDouble(p.answers().get(items.get(normal).name()));
            storedReversed[i] = Double.parseDouble(p.answers().get(items.get(reversed).name()));
            assertThat(study.scored(p)[reversed]).isEqualTo(6 - storedReversed[i]);
            assertThat(study.scored(p)[normal]).isEqualTo(storedNormal[i]);
        }
        int concordant = 0;
        int discordant = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double a = Math.signum(storedNormal[i] - storedNormal[k]);
                double b = Math.signum(storedReversed[i] - storedReversed[k]);
                concordant += a * b > 0 ? 1 : 0;
                discordant += a * b < 0 ? 1 : 0;
            }
        }
        assertThat(concordant).isZero();
        assertThat(discordant).isPositive();
    }

    @Test
    void theTrueDistanceOfAnLaIsGapForFallingAndGapPlusEffectForRising() {
        SimulationSpec spec = new SimulationSpec(9, 4, 15, 0.05, 0.6, 0.4, 0, 0.4, 0.8, 2016, 2022, 5);
        SyntheticStudy study = StudySimulator.generate(form, spec);
        assertThat(study.lasWithTrend(SimulatedTrend.FALLING)).extracting(SimulatedLa::distance).containsOnly(0.4);
        assertThat(study.lasWithTrend(SimulatedTrend.RISING)).extracting(SimulatedLa::distance)
                .allSatisfy(d -> assertThat(d).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12)));
        assertThat(study.lasWithTrend(SimulatedTrend.STABLE)).extracting(SimulatedLa::distance)
                .allSatisfy(d -> assertThat(d).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-12)));
    }

    @Test
    void badParametersAreAllReportedByOption() {
        SimulationSpec bad = new SimulationSpec(0, 4, -1, 1.5, 0.3, 0.5, 0.2, 0.4, 0.8, 2020, 2021, 1);
        assertThatThrownBy(() -> StudySimulator.generate(form, bad))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.message().split(" ")[0])
                        .containsExactly("--las", "--workers", "--missing", "--years"));
    }

    @Test
    void aFormWithoutRoleGroupsIsRefused() {
        Form noRole = new Form(form.settings(), form.languages(), List.of(form.body().get(1)), form.choiceLists(),
                form.source());
        assertThatThrownBy(() -> StudySimulator.generate(noRole, SimulationSpec.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("select_one question named role");
    }

    static double olsPctPerYear(List<SimulatedLa.RatePoint> rates) {
        double mx = rates.stream().mapToDouble(SimulatedLa.RatePoint::year).average().orElseThrow();
        double my = rates.stream().mapToDouble(SimulatedLa.RatePoint::rate).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (SimulatedLa.RatePoint r : rates) {
            sxy += (r.year() - mx) * (r.rate() - my);
            sxx += (r.year() - mx) * (r.year() - mx);
        }
        return 100 * (sxy / sxx) / my;
    }
}
