package org.concord.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bootstrap intervals against scipy: {@code reference/bootstrap-expected.csv} and the bootstrap distributions
 * {@code bootstrap-<case>.txt} come from {@code python3 inference-reference.py} ({@code scipy.stats.bootstrap((x, y),
 * mean(x) - mean(y), method="BCa" / "percentile", rng=np.random.default_rng(7))}, whose two samples are resampled
 * separately, i.e. stratified). The generators differ, so the interval computation is checked on scipy's own
 * bootstrap distribution, and the resampling separately for determinism and consistency. {@code ties_small} has
 * replicates equal to the observed difference (z0 counts them half, as scipy does).
 */
class BootstrapTest {

    @Test
    void intervalsFromScipysDistributionMatchScipy() {
        for (Map<String, String> e : ReferenceCsv.rows("bootstrap-expected.csv")) {
            InferenceData.Case c = InferenceData.get(e.get("case"));
            double[] replicates = ReferenceCsv.lines("bootstrap-" + c.name() + ".txt").stream()
                    .filter(s -> !s.isBlank()).mapToDouble(Double::parseDouble).toArray();
            assertThat(replicates).hasSize(Integer.parseInt(e.get("resamples")));
            BootstrapResult r = Bootstrap.intervals(c.x(), c.y(), replicates);
            String what = c.name();
            assertThat(r.resamples()).isEqualTo(replicates.length);
            assertThat(r.percentileLo()).as(what).isCloseTo(Double.parseDouble(e.get("percentile_lo")), within(1e-9));
            assertThat(r.percentileHi()).as(what).isCloseTo(Double.parseDouble(e.get("percentile_hi")), within(1e-9));
            assertThat(r.bcaLo()).as(what).isCloseTo(Double.parseDouble(e.get("bca_lo")), within(1e-9));
            assertThat(r.bcaHi()).as(what).isCloseTo(Double.parseDouble(e.get("bca_hi")), within(1e-9));
        }
    }

    @Test
    void theSameSeedGivesIdenticalReplicatesAndAnotherSeedOthers() {
        InferenceData.Case c = InferenceData.get("large");
        double[] a = Bootstrap.replicates(c.x(), c.y(), 5, 2_000);
        assertThat(Bootstrap.replicates(c.x(), c.y(), 5, 2_000)).containsExactly(a);
        assertThat(Bootstrap.replicates(c.x(), c.y(), 6, 2_000)).isNotEqualTo(a);
        assertThat(Bootstrap.meanDifference(c.x(), c.y(), 5, 2_000))
                .isEqualTo(Bootstrap.meanDifference(c.x(), c.y(), 5, 2_000));
    }

    @Test
    void replicatesResampleWithinEachGroup() {
        // x = {0, 1}, y = {10, 20}: a stratified replicate is mean of 2 draws from x minus mean of 2 draws from y, so
        // it lies in {0, 0.5, 1} - {10, 15, 20}; pooled resampling would produce other values.
        double[] reps = Bootstrap.replicates(new double[] {0, 1}, new double[] {10, 20}, 1, 500);
        for (double t : reps) {
            assertThat(t).isIn(-10.0, -9.5, -9.0, -15.0, -14.5, -14.0, -20.0, -19.5, -19.0);
        }
        // and its mean is close to the observed difference -14.5 (each replicate has SD 0.35 + 3.5 ~ 3.6).
        double mean = Descriptive.mean(reps);
        assertThat(mean).isCloseTo(-14.5, within(5 * 3.6 / Math.sqrt(500)));
    }

    @Test
    void ownResamplesGiveIntervalsNearScipys() {
        // Different generator, same procedure: with 4,999 resamples the bounds agree to Monte Carlo error.
        InferenceData.Case c = InferenceData.get("large");
        Map<String, String> e = ReferenceCsv.rows("bootstrap-expected.csv").stream()
                .filter(r -> r.get("case").equals("large")).findFirst().orElseThrow();
        BootstrapResult r = Bootstrap.meanDifference(c.x(), c.y(), 1, 4_999);
        assertThat(r.percentileLo()).isCloseTo(Double.parseDouble(e.get("percentile_lo")), within(0.01));
        assertThat(r.bcaHi()).isCloseTo(Double.parseDouble(e.get("bca_hi")), within(0.01));
    }

    @Test
    void degenerateCasesHaveNoBca() {
        // a group of one has no jackknife; constant data give z0 = -infinity
        BootstrapResult one = Bootstrap.meanDifference(new double[] {1}, new double[] {2, 3, 4}, 1, 999);
        assertThat(one.percentileLo()).isNotNull();
        assertThat(one.bcaLo()).isNull();
        assertThat(one.bcaHi()).isNull();
        BootstrapResult flat = Bootstrap.meanDifference(new double[] {2, 2}, new double[] {1, 1, 1}, 1, 999);
        assertThat(flat).isEqualTo(new BootstrapResult(999, 1.0, 1.0, null, null));
        assertThat(Bootstrap.meanDifference(new double[0], new double[] {1}, 1, 10)).isNull();
    }

    @Test
    void quantilesAreType7() {
        // numpy.percentile([1, 2, 3, 4], [2.5, 50, 97.5]) = 1.075, 2.5, 3.925
        double[] s = {1, 2, 3, 4};
        assertThat(Bootstrap.quantile7(s, 0.025)).isCloseTo(1.075, within(1e-12));
        assertThat(Bootstrap.quantile7(s, 0.5)).isEqualTo(2.5);
        assertThat(Bootstrap.quantile7(s, 0.975)).isCloseTo(3.925, within(1e-12));
        assertThat(Bootstrap.quantile7(s, 1.0)).isEqualTo(4.0);
        assertThat(Bootstrap.quantile7(s, 0.0)).isEqualTo(1.0);
    }
}
