package org.concord.stats.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.concord.common.InputException;
import org.concord.forms.Form;
import org.junit.jupiter.api.Test;

class PowerPlannerTest {
    private final Form form = HandBuiltForm.small();

    @Test
    void withNoTrueDifferenceBothTestsRejectAboutFivePercentOfStudies() {
        // 30 LAs = 10 falling v 10 rising: the exact Mann-Whitney reaches alpha 0.05 closely (attainable level
        // 0.0524 is above it, so its rate sits a little below 5%), and the permutation test is exact.
        SimulationSpec nullStudy = SimulationSpec.defaults().withLas(30).withRespondents(3, 6).withEffect(0);
        PowerSpec spec = new PowerSpec(nullStudy, 400, 0.05, 999, "person_mad", 2.0);
        PowerResult result = PowerPlanner.estimate(form, spec, null);
        assertThat(result.tested()).isEqualTo(400);
        assertThat(result.meanFalling()).isEqualTo(10.0);
        assertThat(result.meanRising()).isEqualTo(10.0);
        // Binomial(400, 0.05) has SD 0.011: the band 0.02..0.085 is about -2.7..+3.2 SD around the nominal 5%.
        assertThat(result.mannWhitneyPower()).isBetween(0.02, 0.085);
        assertThat(result.permutationPower()).isBetween(0.02, 0.085);
        System.out.printf("null rejection rate over %d studies: Mann-Whitney %.4f, permutation %.4f%n",
                result.replications(), result.mannWhitneyPower(), result.permutationPower());
    }

    @Test
    void aLargeTrueDifferenceIsFoundAlmostAlwaysAndFallingLasAgreeMore() {
        SimulationSpec study = SimulationSpec.defaults().withLas(24).withEffect(1.0);
        PowerResult result = PowerPlanner.estimate(form, new PowerSpec(study, 40, 0.05, 999, "person_mad", 2.0),
                null);
        assertThat(result.mannWhitneyPower()).isGreaterThan(0.9);
        assertThat(result.permutationPower()).isGreaterThan(0.9);
        assertThat(result.meanDifference()).isNegative();
    }

    @Test
    void progressIsReportedAfterEveryReplicationAndTheSameSeedGivesTheSameEstimate() {
        PowerSpec spec = PowerSpec.of(SimulationSpec.defaults().withLas(9)).withReplications(12);
        List<Integer> done = new ArrayList<>();
        PowerResult a = PowerPlanner.estimate(form, spec, (d, total) -> {
            assertThat(total).isEqualTo(12);
            done.add(d);
        });
        PowerResult b = PowerPlanner.estimate(form, spec, null);
        assertThat(done).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void replicationZeroIsTheStudySimulateWritesWithTheSameSeed() {
        SimulationSpec study = SimulationSpec.defaults().withLas(6).withSeed(7);
        PowerSpec spec = PowerSpec.of(study).withReplications(1);
        PowerPlanner.Groups groups = PowerPlanner.indexByTrend(StudySimulator.generate(form, study), spec);
        assertThat(groups.falling()).hasSize(2);
        assertThat(groups.rising()).hasSize(2);
    }

    @Test
    void anInterruptedThreadCancelsTheEstimate() {
        PowerSpec spec = PowerSpec.of(SimulationSpec.defaults().withLas(6)).withReplications(1000);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> PowerPlanner.estimate(form, spec, null))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void badPowerOptionsAreAllReported() {
        PowerSpec bad = new PowerSpec(SimulationSpec.defaults().withLas(0), 0, 1.5, 0, "person_max", -1);
        assertThatThrownBy(bad::validate).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems()).extracting(p -> p.message().split(" ")[0])
                        .containsExactly("--las", "--replications", "--alpha", "--permutations", "--index",
                                "--stable-band"));
    }

    @Test
    void theWilsonIntervalMatchesR() {
        PowerSpec spec = PowerSpec.of(SimulationSpec.defaults());
        PowerResult r = new PowerResult(spec, 500, 500, 310, 0, 8, 8, -0.1);
        // R: prop.test(310, 500, correct = FALSE)$conf.int -> 0.5766924891 0.6614776692
        double[] ci = r.wilson95(310);
        assertThat(ci[0]).isCloseTo(0.5766924891, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ci[1]).isCloseTo(0.6614776692, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.wilson95(0)[0]).isZero();
    }

    @Test
    void powerWithOneLaOrTooFewLeadersOrWorkersIsRefusedAndTooFewLasToReachAlphaWarn() {
        PowerSpec one = PowerSpec.of(SimulationSpec.defaults().withLas(1));
        assertThatThrownBy(one::validate).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly("--las 1 is too few for a"
                        + " power estimate: the tests compare LAs with falling and rising rates, so a study needs at"
                        + " least 2 LAs (and about 11 for any test to reach p <= 0.05)"));
        // Balanced trends: 6 LAs give 2 falling and 2 rising, whose smallest exact p is 2 / C(4, 2) = 1/3.
        assertThat(PowerSpec.of(SimulationSpec.defaults().withLas(6)).warning()).isEqualTo("with about 2 falling"
                + " and 2 rising LAs the smallest p any test can give is 0.333, above --alpha 0.05, so the power is"
                + " 0 whatever the difference; plan at least 11 LAs");
        // 11 LAs: 4 v 4, smallest p 2 / C(8, 4) = 2/70 = 0.029 <= 0.05; 10 LAs: 4 v 3, 2 / C(7, 3) = 0.057.
        assertThat(PowerSpec.of(SimulationSpec.defaults().withLas(11)).warning()).isNull();
        assertThat(PowerSpec.of(SimulationSpec.defaults().withLas(10)).warning()).contains("0.057");
        PowerSpec oneLeader = PowerSpec.of(SimulationSpec.defaults().withRespondents(1, 2));
        assertThatThrownBy(oneLeader::validate).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "--leaders 1 is too few: the analysis compares only LAs with at least 2 leaders, so no LA"
                                + " would enter the comparison",
                        "--workers 2 is too few: the analysis compares only LAs with at least 3 workers, so no LA"
                                + " would enter the comparison"));
        assertThat(PowerSpec.smallestP(4, 4)).isEqualTo(2.0 / 70);
    }
}
