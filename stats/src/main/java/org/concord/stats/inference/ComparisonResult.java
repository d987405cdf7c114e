package org.concord.stats.inference;

/**
 * Comparison of an index between falling (x) and rising (y) LAs; every piece is null when undefined.
 *
 * @param nFalling     number of falling LAs
 * @param nRising      number of rising LAs
 * @param meanFalling  mean index of falling LAs
 * @param meanRising   mean index of rising LAs
 * @param difference   meanFalling - meanRising
 * @param welch        Welch t-test
 * @param mannWhitney  Mann-Whitney U test
 * @param permutation  permutation test of the difference of means
 * @param hedgesG      Hedges' g (falling minus rising)
 * @param cliffsDelta  Cliff's delta, P(x > y) - P(x < y)
 * @param bootstrap    stratified bootstrap confidence intervals of the difference
 */
public record ComparisonResult(int nFalling, int nRising, Double meanFalling, Double meanRising, Double difference,
                               WelchResult welch, MannWhitneyResult mannWhitney, PermutationResult permutation,
                               Double hedgesG, Double cliffsDelta, BootstrapResult bootstrap) {
}
