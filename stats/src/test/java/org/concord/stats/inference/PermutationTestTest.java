package org.concord.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Permutation test against scipy: {@code reference/permutation-expected.csv} comes from
 * {@code python3 inference-reference.py} ({@code scipy.stats.permutation_test} of |mean(x) - mean(y)| with
 * {@code n_resamples=np.inf, alternative="greater"}, i.e. exact enumeration; a direct enumeration with itertools for
 * the group of one that scipy refuses; and, for the Monte Carlo case, scipy's estimate from 2,000,000 resamples).
 */
class PermutationTestTest {

    @Test
    void exactEnumerationMatchesScipy() {
        int checked = 0;
        for (Map<String, String> e : ReferenceCsv.rows("permutation-expected.csv")) {
            if (!e.get("method").equals("exact")) {
                continue;
            }
            InferenceData.Case c = InferenceData.get(e.get("case"));
            PermutationResult r = PermutationTest.test(c.x(), c.y(), 1, 999);
            assertThat(r.method()).as(c.name()).isEqualTo(PermutationTest.EXACT);
            assertThat(r.resamples()).as(c.name()).isEqualTo(Long.parseLong(e.get("splits")));
            assertThat(r.p()).as(c.name()).isCloseTo(Double.parseDouble(e.get("p")), within(1e-9));
            checked++;
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void tiesWithTheObservedDifferenceCountDespiteRounding() {
        // all values equal: every split has d* = 0 = d_obs, so p = 1 (scipy: 1.0)
        InferenceData.Case c = InferenceData.get("all_equal");
        assertThat(PermutationTest.test(c.x(), c.y(), 1, 999).p()).isEqualTo(1.0);
        // Pool {0.1, 0.2, 0.3, 0.6}, x = {0.1, 0.2}: |d_obs| = 0.3 and the mirror split {0.3, 0.6} has |d*| = 0.3 too,
        // but 0.1 + 0.2 != 0.3 in floating point; the other four splits give 0.2, 0.2, 0.1, 0.1. So p = 2/6
        // (by hand; scipy.stats.permutation_test gives 0.3333333333333333 as well). Without the tolerance the mirror
        // split computes as 0.2999999999999998 < 0.29999999999999993 and would be lost (p = 1/6).
        assertThat(PermutationTest.test(new double[] {0.1, 0.2}, new double[] {0.3, 0.6}, 1, 999).p())
                .isEqualTo(2.0 / 6);
    }

    @Test
    void largeSplitCountsUseMonteCarloCloseToScipy() {
        Map<String, String> e = ReferenceCsv.rows("permutation-expected.csv").stream()
                .filter(r -> r.get("method").equals("monte_carlo")).findFirst().orElseThrow();
        InferenceData.Case c = InferenceData.get(e.get("case"));
        int m = 99_999;
        PermutationResult r = PermutationTest.test(c.x(), c.y(), 1, m);
        assertThat(r.method()).isEqualTo(PermutationTest.MONTE_CARLO);
        assertThat(r.resamples()).isEqualTo(m);
        // p = (b + 1)/(m + 1) with b an integer
        double b = r.p() * (m + 1) - 1;
        assertThat(b).isCloseTo(Math.rint(b), within(1e-6));
        // Statistical agreement only (different generators): scipy's p from 2,000,000 resamples, 5 standard errors.
        double reference = Double.parseDouble(e.get("p"));
        double se = Math.sqrt(reference * (1 - reference) / m);
        assertThat(r.p()).isCloseTo(reference, within(5 * se));
    }

    @Test
    void theSameSeedGivesTheSameMonteCarloResultAndAnotherSeedAnother() {
        InferenceData.Case c = InferenceData.get("monte_carlo");
        PermutationResult a = PermutationTest.test(c.x(), c.y(), 42, 20_000);
        PermutationResult b = PermutationTest.test(c.x(), c.y(), 42, 20_000);
        PermutationResult other = PermutationTest.test(c.x(), c.y(), 43, 20_000);
        assertThat(b).isEqualTo(a);
        assertThat(other.p()).isNotEqualTo(a.p());
    }

    @Test
    void completelySeparatedGroupsGiveTheSmallestMonteCarloP() {
        // 30 values in [0, 1) against 30 in [2, 3): only the observed split and its mirror reach |d_obs|, chance
        // 2 / C(60, 30) ~ 1.7e-17 per draw, so b = 0 and p = 1/(m + 1).
        InferenceData.Case c = InferenceData.get("separated");
        PermutationResult r = PermutationTest.test(c.x(), c.y(), 1, 9_999);
        assertThat(r).isEqualTo(new PermutationResult(1.0 / 10_000, PermutationTest.MONTE_CARLO, 9_999));
    }

    @Test
    void monteCarloAgreesWithExactEnumerationOnTheSameData() {
        InferenceData.Case c = InferenceData.get("exact_mid");
        double exact = PermutationTest.exact(c.x(), c.y()).p();
        int m = 200_000;
        double mc = PermutationTest.monteCarlo(c.x(), c.y(), 3, m).p();
        assertThat(mc).isCloseTo(exact, within(5 * Math.sqrt(exact * (1 - exact) / m)));
    }

    @Test
    void theExactLimitIsOneMillionSplits() {
        assertThat(PermutationTest.binomialUpTo(40, 20, Long.MAX_VALUE)).isEqualTo(137_846_528_820L);
        assertThat(PermutationTest.binomialUpTo(40, 20, 1_000_001)).isEqualTo(1_000_001);
        // C(24, 12) = 2,704,156 > 1e6: Monte Carlo; C(22, 11) = 705,432: exact
        double[] twelve = new double[12];
        double[] eleven = new double[11];
        for (int k = 0; k < 12; k++) {
            twelve[k] = k;
        }
        for (int k = 0; k < 11; k++) {
            eleven[k] = k + 0.5;
        }
        assertThat(PermutationTest.test(twelve, twelve.clone(), 1, 10).method()).isEqualTo(PermutationTest.MONTE_CARLO);
        PermutationResult exact = PermutationTest.test(eleven, eleven.clone(), 1, 10);
        assertThat(exact.method()).isEqualTo(PermutationTest.EXACT);
        assertThat(exact.resamples()).isEqualTo(705_432L);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThat(PermutationTest.test(new double[0], new double[] {1}, 1, 10)).isNull();
        assertThatThrownBy(() -> PermutationTest.test(new double[] {1, Double.NaN}, new double[] {1}, 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        double[] twenty = new double[20];
        assertThatThrownBy(() -> PermutationTest.test(twenty, twenty, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
