package org.concord.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The assembled comparison. Each piece is checked against R/scipy in its own test (ClassicTestsTest,
 * PermutationTestTest, BootstrapTest); here: that compare() assembles exactly those pieces, is reproducible and never
 * yields NaN.
 */
class ComparisonTest {

    @Test
    void assemblesTheBuildingBlocks() {
        InferenceData.Case c = InferenceData.get("exact_small");
        ComparisonResult r = Comparison.compare(c.x(), c.y(), 11, 999, 1_999);
        assertThat(r.nFalling()).isEqualTo(6);
        assertThat(r.nRising()).isEqualTo(7);
        assertThat(r.meanFalling()).isEqualTo(Descriptive.mean(c.x()));
        assertThat(r.meanRising()).isEqualTo(Descriptive.mean(c.y()));
        assertThat(r.difference()).isEqualTo(Descriptive.mean(c.x()) - Descriptive.mean(c.y()));
        assertThat(r.welch()).isEqualTo(Welch.test(c.x(), c.y()));
        assertThat(r.mannWhitney()).isEqualTo(MannWhitney.test(c.x(), c.y()));
        assertThat(r.permutation()).isEqualTo(PermutationTest.test(c.x(), c.y(), 11, 999));
        assertThat(r.hedgesG()).isEqualTo(EffectSizes.hedgesG(c.x(), c.y()));
        assertThat(r.cliffsDelta()).isEqualTo(EffectSizes.cliffsDelta(c.x(), c.y()));
        assertThat(r.bootstrap()).isEqualTo(Bootstrap.meanDifference(c.x(), c.y(), 11, 1_999));
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        InferenceData.Case c = InferenceData.get("large");
        ComparisonResult a = Comparison.compare(c.x(), c.y(), 1, 9_999, 999);
        assertThat(a.permutation().method()).isEqualTo(PermutationTest.MONTE_CARLO);
        assertThat(Comparison.compare(c.x(), c.y(), 1, 9_999, 999)).isEqualTo(a);
        assertThat(Comparison.compare(c.x(), c.y(), 2, 9_999, 999)).isNotEqualTo(a);
    }

    @Test
    void anEmptyGroupLeavesOnlyCountsAndTheOtherMean() {
        ComparisonResult r = Comparison.compare(new double[] {1, 2}, new double[0], 1, 99, 99);
        assertThat(r).isEqualTo(new ComparisonResult(2, 0, 1.5, null, null, null, null, null, null, null, null));
        ComparisonResult none = Comparison.compare(new double[0], new double[0], 1, 99, 99);
        assertThat(none).isEqualTo(new ComparisonResult(0, 0, null, null, null, null, null, null, null, null, null));
    }

    @Test
    void constantDataGiveNullsNotNaN() {
        InferenceData.Case c = InferenceData.get("all_equal");
        ComparisonResult r = Comparison.compare(c.x(), c.y(), 1, 99, 99);
        assertThat(r.difference()).isEqualTo(0.0);
        assertThat(r.welch()).isNull();
        assertThat(r.mannWhitney()).isEqualTo(new MannWhitneyResult(6.0, null, MannWhitney.NORMAL));
        assertThat(r.permutation()).isEqualTo(new PermutationResult(1.0, PermutationTest.EXACT, 35));
        assertThat(r.hedgesG()).isNull();
        assertThat(r.cliffsDelta()).isEqualTo(0.0);
        assertThat(r.bootstrap()).isEqualTo(new BootstrapResult(99, 0.0, 0.0, null, null));
    }
}
