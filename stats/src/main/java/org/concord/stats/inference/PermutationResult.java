package org.concord.stats.inference;

/**
 * Two-sided permutation test of the difference of means.
 *
 * @param p         share of splits with |d*| >= |d_obs| (exact), or (b + 1)/(m + 1) (Monte Carlo)
 * @param method    {@link PermutationTest#EXACT} or {@link PermutationTest#MONTE_CARLO}
 * @param resamples number of splits enumerated (exact) or drawn (Monte Carlo)
 */
public record PermutationResult(Double p, String method, long resamples) {
}
