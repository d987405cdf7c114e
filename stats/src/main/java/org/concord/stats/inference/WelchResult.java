package org.concord.stats.inference;

/**
 * Welch two-sample t-test, as R's {@code t.test(x, y)}; null when undefined.
 *
 * @param t  t statistic of mean(x) - mean(y)
 * @param df Welch-Satterthwaite degrees of freedom
 * @param p  two-sided p-value
 */
public record WelchResult(Double t, Double df, Double p) {
}
