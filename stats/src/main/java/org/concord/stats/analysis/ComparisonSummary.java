package org.concord.stats.analysis;

/**
 * The comparison of the chosen index between falling LAs (x) and rising LAs (y); undefined numbers are null.
 *
 * @param index        the compared index
 * @param nFalling     LAs in the falling group
 * @param nRising      LAs in the rising group
 * @param meanFalling  mean index of falling LAs
 * @param meanRising   mean index of rising LAs
 * @param difference   {@code meanFalling - meanRising}
 * @param welch        Welch t-test
 * @param mannWhitney  Mann-Whitney U
 * @param permutation  permutation test of the difference of means
 * @param hedgesG      Hedges' g
 * @param cliffsDelta  Cliff's delta
 * @param bootstrap    bootstrap CIs of the difference
 */
public record ComparisonSummary(String index, int nFalling, int nRising, Double meanFalling, Double meanRising,
                                Double difference, Welch welch, MannWhitney mannWhitney, Permutation permutation,
                                Double hedgesG, Double cliffsDelta, Bootstrap bootstrap) {

    /** Welch's t-test: t, degrees of freedom, two-sided p. */
    public record Welch(Double t, Double df, Double p) {
    }

    /** Mann-Whitney: U of the falling group, p, and which p ({@code exact} or the normal approximation). */
    public record MannWhitney(Double u, Double p, String method) {
    }

    /** Permutation test: p, {@code exact} or {@code monte carlo}, and the number of permutations. */
    public record Permutation(Double p, String method, Long resamples) {
    }

    /** Bootstrap 95% CIs of the difference: percentile and BCa. */
    public record Bootstrap(Integer resamples, Double percentileLo, Double percentileHi, Double bcaLo, Double bcaHi) {
    }

    /** A comparison with nothing defined (an empty group). */
    public static ComparisonSummary empty(String index, int nFalling, int nRising, Double meanFalling,
                                          Double meanRising) {
        return new ComparisonSummary(index, nFalling, nRising, meanFalling, meanRising, null,
                new Welch(null, null, null), new MannWhitney(null, null, null), new Permutation(null, null, null),
                null, null, new Bootstrap(null, null, null, null, null));
    }
}
