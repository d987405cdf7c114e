package org.concord.stats.inference;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Stratified bootstrap of the difference of means {@code mean(x) - mean(y)} with 95% percentile and BCa intervals,
 * defined as scipy.stats.bootstrap (1.17) does for two samples:
 * <ul>
 *   <li>resampling: each group with replacement within itself, from the seeded stream (see {@link Rngs});</li>
 *   <li>quantiles: type 7 (linear interpolation between order statistics, numpy's default), at 0.025 and 0.975 for
 *       the percentile interval;</li>
 *   <li>BCa: {@code z0 = Phi^-1((#{t* < t} + #{t* <= t}) / 2B)} (the share below the observed value, ties counted
 *       half); acceleration from the jackknife of every observation within its group,
 *       {@code U = (n_g - 1)(mean of the group's jackknife values - jackknife value)},
 *       {@code a = sum_g(sum U^3 / n_g^3) / (6 (sum_g(sum U^2 / n_g^2))^1.5)}; bounds are the type-7 quantiles at
 *       {@code Phi(z0 + (z0 + z)/(1 - a (z0 + z)))} for z = -/+ 1.959964.</li>
 * </ul>
 */
public final class Bootstrap {

    /** Two-sided confidence level of both intervals. */
    public static final double CONFIDENCE = 0.95;
    /** Replicates between two looks at the cancellation flag. */
    static final int CHECK_EVERY = 4096;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Bootstrap() {
    }

    /**
     * Draws {@code resamples} stratified bootstrap replicates of the difference of means and returns both intervals.
     *
     * @return the result, or null when a group is empty; BCa bounds are null when a group has fewer than 2 values or
     *         the bootstrap distribution is degenerate
     */
    public static BootstrapResult meanDifference(double[] x, double[] y, long seed, int resamples) {
        return meanDifference(x, y, seed, resamples, () -> false);
    }

    /**
     * The same intervals, stopping with {@link CancellationException} soon after {@code cancelled} turns true
     * (checked every {@link #CHECK_EVERY} replicates); the result is the same as without it.
     */
    public static BootstrapResult meanDifference(double[] x, double[] y, long seed, int resamples,
                                                 BooleanSupplier cancelled) {
        if (x.length == 0 || y.length == 0) {
            return null;
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("the number of bootstrap resamples must be at least 1, got " + resamples);
        }
        Descriptive.requireFinite(x, "x");
        Descriptive.requireFinite(y, "y");
        return intervals(x, y, replicates(x, y, seed, resamples, cancelled));
    }

    /** The bootstrap replicates of mean(x*) - mean(y*), x* drawn before y* in each replicate. */
    static double[] replicates(double[] x, double[] y, long seed, int resamples) {
        return replicates(x, y, seed, resamples, () -> false);
    }

    private static double[] replicates(double[] x, double[] y, long seed, int resamples, BooleanSupplier cancelled) {
        MersenneTwister rng = Rngs.stream(seed, Rngs.BOOTSTRAP);
        int nx = x.length;
        int ny = y.length;
        double[] stats = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            if (b % CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("bootstrap cancelled after " + b + " of " + resamples);
            }
            double sx = 0;
            for (int i = 0; i < nx; i++) {
                sx += x[rng.nextInt(nx)];
            }
            double sy = 0;
            for (int i = 0; i < ny; i++) {
                sy += y[rng.nextInt(ny)];
            }
            stats[b] = sx / nx - sy / ny;
        }
        return stats;
    }

    /** Percentile and BCa intervals from given bootstrap replicates (public to the package so tests can fix them). */
    static BootstrapResult intervals(double[] x, double[] y, double[] replicates) {
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        double alpha = (1 - CONFIDENCE) / 2;
        Double pLo = Descriptive.box(quantile7(sorted, alpha));
        Double pHi = Descriptive.box(quantile7(sorted, 1 - alpha));
        Double bLo = null;
        Double bHi = null;
        if (x.length >= 2 && y.length >= 2) {
            double[] levels = bcaLevels(x, y, sorted, alpha);
            if (levels != null) {
                bLo = Descriptive.box(quantile7(sorted, levels[0]));
                bHi = Descriptive.box(quantile7(sorted, levels[1]));
            }
        }
        return new BootstrapResult(replicates.length, pLo, pHi, bLo, bHi);
    }

    /** The adjusted quantile levels of the BCa interval, or null when they are undefined. */
    private static double[] bcaLevels(double[] x, double[] y, double[] sorted, double alpha) {
        double observed = Descriptive.mean(x) - Descriptive.mean(y);
        long below = 0;
        long belowOrEqual = 0;
        for (double t : sorted) {
            if (t < observed) {
                below++;
            }
            if (t <= observed) {
                belowOrEqual++;
            }
        }
        double z0 = STANDARD_NORMAL.inverseCumulativeProbability((below + belowOrEqual) / (2.0 * sorted.length));
        double[] jx = jackknifeSums(x, true, Descriptive.mean(y));
        double[] jy = jackknifeSums(y, false, Descriptive.mean(x));
        double num = jx[0] + jy[0];
        double den = jx[1] + jy[1];
        double a = num / (6 * Math.pow(den, 1.5));
        if (!Double.isFinite(z0) || !Double.isFinite(a)) {
            return null;
        }
        double zAlpha = STANDARD_NORMAL.inverseCumulativeProbability(alpha);
        double n1 = z0 + zAlpha;
        double n2 = z0 - zAlpha;
        double lo = STANDARD_NORMAL.cumulativeProbability(z0 + n1 / (1 - a * n1));
        double hi = STANDARD_NORMAL.cumulativeProbability(z0 + n2 / (1 - a * n2));
        if (!(lo >= 0 && lo <= 1 && hi >= 0 && hi <= 1)) {
            return null;
        }
        return new double[] {lo, hi};
    }

    /**
     * Jackknife of one group: {sum U^3 / n^3, sum U^2 / n^2} with the statistic recomputed without each observation.
     *
     * @param first     whether this group is x (the statistic is mean(x) - mean(y)) or y
     * @param otherMean mean of the other group, unchanged by deleting one of this group's values
     */
    private static double[] jackknifeSums(double[] v, boolean first, double otherMean) {
        int n = v.length;
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        double[] theta = new double[n];
        double dot = 0;
        for (int i = 0; i < n; i++) {
            double without = (sum - v[i]) / (n - 1);
            theta[i] = first ? without - otherMean : otherMean - without;
            dot += theta[i];
        }
        dot /= n;
        double cubes = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double u = (n - 1) * (dot - theta[i]);
            cubes += u * u * u;
            squares += u * u;
        }
        double nn = n;
        return new double[] {cubes / (nn * nn * nn), squares / (nn * nn)};
    }

    /** Type-7 quantile of sorted values (numpy's linear method, including its two-sided interpolation formula). */
    static double quantile7(double[] sorted, double q) {
        int n = sorted.length;
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        if (lo < 0) {
            return sorted[0];
        }
        double t = h - lo;
        double a = sorted[lo];
        double b = sorted[lo + 1];
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}
