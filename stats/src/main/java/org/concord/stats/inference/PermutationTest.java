package org.concord.stats.inference;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Two-sided permutation test of the difference of means {@code d = mean(x) - mean(y)}: the p-value is the share of
 * splits of the pooled values into groups of sizes n_x and n_y with {@code |d*| >= |d_obs|}.
 *
 * <p>Exact enumeration of all {@code C(n_x + n_y, n_x)} splits when there are at most {@link #EXACT_LIMIT}
 * (p = count / total, the observed split included); otherwise Monte Carlo with m splits drawn from the seeded
 * stream (see {@link Rngs}) and p = (b + 1)/(m + 1).
 *
 * <p>Floating ties: |d*| counts as at least |d_obs| when {@code |d*| >= |d_obs| - 1e-12 * scale}, scale = the largest
 * absolute value in the data, so that a split with the same difference as the observed one computed in another
 * summation order is not lost to rounding (the same idea as scipy's permutation_test tolerance).
 */
public final class PermutationTest {

    /** Method string of exact enumeration. */
    public static final String EXACT = "exact";
    /** Method string of Monte Carlo sampling. */
    public static final String MONTE_CARLO = "monte_carlo";
    /** Largest number of splits that are enumerated exactly. */
    public static final long EXACT_LIMIT = 1_000_000L;
    /** Relative tolerance for floating ties, times the largest absolute data value. */
    static final double RELATIVE_TOLERANCE = 1e-12;
    /** Splits between two looks at the cancellation flag: often enough to stop within milliseconds. */
    static final int CHECK_EVERY = 4096;

    private PermutationTest() {
    }

    /**
     * Runs the test, exact or Monte Carlo as above.
     *
     * @param seed the {@code --seed}
     * @param m    number of Monte Carlo resamples (used only when exact enumeration is too large), at least 1
     * @return the result, or null when a group is empty
     */
    public static PermutationResult test(double[] x, double[] y, long seed, int m) {
        return test(x, y, seed, m, () -> false);
    }

    /**
     * The same test, stopping with {@link CancellationException} soon after {@code cancelled} turns true (checked
     * every {@link #CHECK_EVERY} splits); the result is the same as without it.
     */
    public static PermutationResult test(double[] x, double[] y, long seed, int m, BooleanSupplier cancelled) {
        if (x.length == 0 || y.length == 0) {
            return null;
        }
        Descriptive.requireFinite(x, "x");
        Descriptive.requireFinite(y, "y");
        long splits = binomialUpTo(x.length + y.length, Math.min(x.length, y.length), EXACT_LIMIT + 1);
        if (splits <= EXACT_LIMIT) {
            return exact(x, y, cancelled);
        }
        return monteCarlo(x, y, seed, m, cancelled);
    }

    /** Exact enumeration of every split (callers check the count first). */
    static PermutationResult exact(double[] x, double[] y) {
        return exact(x, y, () -> false);
    }

    private static PermutationResult exact(double[] x, double[] y, BooleanSupplier cancelled) {
        Setup s = new Setup(x, y);
        long[] counts = new long[3];
        enumerate(s, 0, s.k, 0.0, counts, cancelled);
        return new PermutationResult((double) counts[0] / counts[1], EXACT, counts[1]);
    }

    /** Monte Carlo test with m random splits. */
    static PermutationResult monteCarlo(double[] x, double[] y, long seed, int m) {
        return monteCarlo(x, y, seed, m, () -> false);
    }

    private static PermutationResult monteCarlo(double[] x, double[] y, long seed, int m, BooleanSupplier cancelled) {
        if (m < 1) {
            throw new IllegalArgumentException("the number of permutations must be at least 1, got " + m);
        }
        Setup s = new Setup(x, y);
        MersenneTwister rng = Rngs.stream(seed, Rngs.PERMUTATION);
        double[] pool = s.pool.clone();
        int n = pool.length;
        long b = 0;
        for (int r = 0; r < m; r++) {
            if (r % CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("permutation test cancelled after " + r + " of " + m);
            }
            // Partial Fisher-Yates: the first k slots become a uniform random k-subset of the pool.
            double sum = 0;
            for (int i = 0; i < s.k; i++) {
                int j = i + rng.nextInt(n - i);
                double v = pool[j];
                pool[j] = pool[i];
                pool[i] = v;
                sum += v;
            }
            if (s.extreme(sum)) {
                b++;
            }
        }
        return new PermutationResult((b + 1.0) / (m + 1.0), MONTE_CARLO, m);
    }

    /**
     * Depth-first enumeration of the k-subsets of pool[from..] with incremental sums; counts[0] = extreme splits,
     * counts[1] = all splits, counts[2] = innermost loops run (for the cancellation check).
     */
    private static void enumerate(Setup s, int from, int left, double sum, long[] counts, BooleanSupplier cancelled) {
        if (left == 1) {
            if (++counts[2] % CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("permutation test cancelled after " + counts[1] + " splits");
            }
            int n = s.pool.length;
            long extreme = 0;
            for (int i = from; i < n; i++) {
                if (s.extreme(sum + s.pool[i])) {
                    extreme++;
                }
            }
            counts[0] += extreme;
            counts[1] += n - from;
            return;
        }
        int last = s.pool.length - left;
        for (int i = from; i <= last; i++) {
            enumerate(s, i + 1, left - 1, sum + s.pool[i], counts, cancelled);
        }
    }

    /** C(n, k), or {@code cap} as soon as it reaches cap (avoids overflow). */
    static long binomialUpTo(int n, int k, long cap) {
        long c = 1;
        for (int i = 1; i <= k; i++) {
            // c * (n - k + i) / i is exact at every step (it is C(n - k + i, i)).
            c = c * (n - k + i) / i;
            if (c >= cap) {
                return cap;
            }
        }
        return c;
    }

    /** The pooled data and the test of one split, by the sum of the smaller group (size k). */
    private static final class Setup {
        final double[] pool;
        final int k;
        final double total;
        final double invK;
        final double invRest;
        final boolean kIsX;
        final double threshold;

        Setup(double[] x, double[] y) {
            pool = new double[x.length + y.length];
            System.arraycopy(x, 0, pool, 0, x.length);
            System.arraycopy(y, 0, pool, x.length, y.length);
            kIsX = x.length <= y.length;
            k = kIsX ? x.length : y.length;
            invK = 1.0 / k;
            invRest = 1.0 / (pool.length - k);
            double t = 0;
            double scale = 0;
            for (double v : pool) {
                t += v;
                scale = Math.max(scale, Math.abs(v));
            }
            total = t;
            double observed = Math.abs(Descriptive.mean(x) - Descriptive.mean(y));
            threshold = observed - RELATIVE_TOLERANCE * scale;
        }

        /** Whether the split whose smaller group sums to {@code sum} is at least as extreme as the observed one. */
        boolean extreme(double sum) {
            // |d*| is the same whichever group is subtracted from which, so the smaller group can stand for x.
            return Math.abs(sum * invK - (total - sum) * invRest) >= threshold;
        }
    }
}
