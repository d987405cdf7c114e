package org.concord.stats.models;

import java.util.List;

/**
 * The reliability of one scale over its complete respondents, as {@code psych::alpha(x, check.keys = FALSE)}; every
 * undefined figure is null.
 *
 * @param k        items
 * @param n        respondents who answered every item
 * @param alpha    raw Cronbach's alpha, {@code k/(k-1) (1 - sum var_i / var(total))}
 * @param alphaStd standardised alpha, {@code k rbar / (1 + (k-1) rbar)}
 * @param averageR rbar, the mean off-diagonal Pearson correlation
 * @param ciLow    Feldt 95% interval, low
 * @param ciHigh   Feldt 95% interval, high
 * @param items    per item, in scale order
 */
public record ScaleStats(int k, int n, Double alpha, Double alphaStd, Double averageR, Double ciLow, Double ciHigh,
                         List<Item> items) {
    public ScaleStats {
        items = List.copyOf(items);
    }

    /**
     * One item of the scale.
     *
     * @param rDrop          correlation of the item with the sum of the other items
     * @param alphaIfDropped raw alpha of the scale without the item (null when k = 2)
     */
    public record Item(Double rDrop, Double alphaIfDropped) {
    }
}
