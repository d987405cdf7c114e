package org.concord.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seeded procedures end to end, against {@code reference/seeded-expected.csv} from
 * {@code python3 seeded-reference.py}: numpy's MT19937 (legacy init_by_array seeding, the same generator and seeding
 * as commons-math3's MersenneTwister) redraws the Monte Carlo permutations and the bootstrap replicates as the
 * Javadoc of {@link PermutationTest}, {@link Bootstrap} and {@link Rngs} specifies them; the bootstrap intervals are
 * then scipy.stats.bootstrap's own (given those replicates). So a seed's result is reproducible outside Concord.
 */
class SeededProceduresTest {

    private static List<Map<String, String>> rows(String procedure) {
        return ReferenceCsv.rows("seeded-expected.csv").stream()
                .filter(r -> r.get("procedure").equals(procedure)).toList();
    }

    @Test
    void monteCarloPermutationMatchesTheIndependentRedraw() {
        List<Map<String, String>> rows = rows("permutation");
        assertThat(rows).hasSize(3);
        for (Map<String, String> e : rows) {
            InferenceData.Case c = InferenceData.get(e.get("case"));
            int m = Integer.parseInt(e.get("resamples"));
            PermutationResult r = PermutationTest.test(c.x(), c.y(), Long.parseLong(e.get("seed")), m);
            assertThat(r.method()).as(c.name()).isEqualTo(PermutationTest.MONTE_CARLO);
            assertThat(r.resamples()).as(c.name()).isEqualTo(m);
            assertThat(r.p()).as(c.name()).isCloseTo(Double.parseDouble(e.get("p")), within(1e-9));
        }
    }

    @Test
    void bootstrapIntervalsMatchScipyOnTheIndependentRedraw() {
        List<Map<String, String>> rows = rows("bootstrap");
        assertThat(rows).hasSize(3);
        for (Map<String, String> e : rows) {
            InferenceData.Case c = InferenceData.get(e.get("case"));
            BootstrapResult r = Bootstrap.meanDifference(c.x(), c.y(), Long.parseLong(e.get("seed")),
                    Integer.parseInt(e.get("resamples")));
            String what = c.name();
            assertThat(r.percentileLo()).as(what).isCloseTo(Double.parseDouble(e.get("percentile_lo")), within(1e-9));
            assertThat(r.percentileHi()).as(what).isCloseTo(Double.parseDouble(e.get("percentile_hi")), within(1e-9));
            assertThat(r.bcaLo()).as(what).isCloseTo(Double.parseDouble(e.get("bca_lo")), within(1e-9));
            assertThat(r.bcaHi()).as(what).isCloseTo(Double.parseDouble(e.get("bca_hi")), within(1e-9));
        }
    }
}
