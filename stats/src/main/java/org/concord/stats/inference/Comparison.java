package org.concord.stats.inference;

import java.util.function.BooleanSupplier;

/** The comparison of an index between falling and rising LAs (design, "Comparison of the chosen index"). */
public final class Comparison {

    private Comparison() {
    }

    /**
     * Compares falling LAs (x) against rising LAs (y). Each piece is null when it is undefined; with an empty group,
     * everything but the counts is null.
     *
     * @param falling            index values of the falling LAs
     * @param rising             index values of the rising LAs
     * @param seed               {@code --seed}; the permutation test and the bootstrap draw from separate streams
     * @param permutations       Monte Carlo resamples when exact enumeration is too large ({@code --permutations})
     * @param bootstrapResamples bootstrap resamples ({@code --bootstrap})
     */
    public static ComparisonResult compare(double[] falling, double[] rising, long seed, int permutations,
                                           int bootstrapResamples) {
        return compare(falling, rising, seed, permutations, bootstrapResamples, () -> false);
    }

    /**
     * The same comparison, stopping with {@link java.util.concurrent.CancellationException} soon after
     * {@code cancelled} turns true (checked every few thousand resamples); the result is the same as without it.
     */
    public static ComparisonResult compare(double[] falling, double[] rising, long seed, int permutations,
                                           int bootstrapResamples, BooleanSupplier cancelled) {
        Descriptive.requireFinite(falling, "falling");
        Descriptive.requireFinite(rising, "rising");
        int nx = falling.length;
        int ny = rising.length;
        if (nx == 0 || ny == 0) {
            Double mx = nx == 0 ? null : Descriptive.box(Descriptive.mean(falling));
            Double my = ny == 0 ? null : Descriptive.box(Descriptive.mean(rising));
            return new ComparisonResult(nx, ny, mx, my, null, null, null, null, null, null, null);
        }
        double mx = Descriptive.mean(falling);
        double my = Descriptive.mean(rising);
        return new ComparisonResult(nx, ny, Descriptive.box(mx), Descriptive.box(my), Descriptive.box(mx - my),
                Welch.test(falling, rising),
                MannWhitney.test(falling, rising),
                PermutationTest.test(falling, rising, seed, permutations, cancelled),
                EffectSizes.hedgesG(falling, rising),
                EffectSizes.cliffsDelta(falling, rising),
                Bootstrap.meanDifference(falling, rising, seed, bootstrapResamples, cancelled));
    }
}
