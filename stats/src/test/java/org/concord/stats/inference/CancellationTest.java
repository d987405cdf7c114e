package org.concord.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The long resampling loops stop soon after they are cancelled, and give the same results when they are not. */
class CancellationTest {
    private static double[] data(long seed, int n, double shift) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian() + shift;
        }
        return v;
    }

    private final double[] x = data(1, 30, 0.3);
    private final double[] y = data(2, 30, 0.0);

    @Test
    void aMonteCarloPermutationTestStopsWithinOneCheckInterval() {
        AtomicInteger looks = new AtomicInteger();
        // Cancelled at the second look: the loop must have run at most one interval of splits.
        assertThatThrownBy(() -> PermutationTest.test(x, y, 1L, 10_000_000, () -> looks.incrementAndGet() > 1))
                .isInstanceOf(CancellationException.class)
                .hasMessage("permutation test cancelled after " + PermutationTest.CHECK_EVERY + " of 10000000");
    }

    @Test
    void anExactPermutationTestStopsToo() {
        // C(20, 10) = 184,756 splits: enumerated exactly, cancelled at the first look.
        double[] a = data(3, 10, 0);
        double[] b = data(4, 10, 0);
        assertThatThrownBy(() -> PermutationTest.test(a, b, 1L, 999, () -> true))
                .isInstanceOf(CancellationException.class)
                .hasMessageStartingWith("permutation test cancelled after ");
    }

    @Test
    void theBootstrapStopsWithinOneCheckInterval() {
        AtomicInteger looks = new AtomicInteger();
        assertThatThrownBy(() -> Bootstrap.meanDifference(x, y, 1L, 10_000_000, () -> looks.incrementAndGet() > 2))
                .isInstanceOf(CancellationException.class)
                .hasMessage("bootstrap cancelled after " + 2 * Bootstrap.CHECK_EVERY + " of 10000000");
    }

    @Test
    void anUncancelledRunGivesTheSameResultAsTheOverloadWithoutAFlag() {
        assertThat(PermutationTest.test(x, y, 9L, 20_000, () -> false))
                .isEqualTo(PermutationTest.test(x, y, 9L, 20_000));
        assertThat(Bootstrap.meanDifference(x, y, 9L, 20_000, () -> false))
                .isEqualTo(Bootstrap.meanDifference(x, y, 9L, 20_000));
        assertThat(Comparison.compare(x, y, 9L, 20_000, 20_000, () -> false))
                .isEqualTo(Comparison.compare(x, y, 9L, 20_000, 20_000));
    }
}
