package org.concord.stats.inference;

/**
 * Mann-Whitney U test, as R's {@code wilcox.test(x, y)}.
 *
 * @param u      U of the first sample (R's W): pairs with x > y, plus half the tied pairs
 * @param p      two-sided p-value; null when undefined (all values tied)
 * @param method {@link MannWhitney#EXACT} or {@link MannWhitney#NORMAL}
 */
public record MannWhitneyResult(Double u, Double p, String method) {
}
