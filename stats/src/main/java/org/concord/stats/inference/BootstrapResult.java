package org.concord.stats.inference;

/**
 * Stratified bootstrap 95% confidence intervals of the difference of means; bounds are null when undefined.
 *
 * @param resamples    number of bootstrap resamples
 * @param percentileLo lower bound of the percentile interval
 * @param percentileHi upper bound of the percentile interval
 * @param bcaLo        lower bound of the bias-corrected and accelerated (BCa) interval
 * @param bcaHi        upper bound of the BCa interval
 */
public record BootstrapResult(int resamples, Double percentileLo, Double percentileHi, Double bcaLo, Double bcaHi) {
}
