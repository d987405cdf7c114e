package org.concord.stats.analysis;

/**
 * One values item of the item table. Group means are means of LA means (every included LA of the group weighs the
 * same); the gap of an LA is {@code Wbar_i - Lbar_i}, and the group gap is the mean of its LAs' gaps.
 *
 * @param name    item name
 * @param domain  its domain
 * @param reverse reverse-keyed
 * @param label   English label (default language)
 * @param falling the falling group
 * @param rising  the rising group
 * @param t       Welch t of per-LA gaps, falling vs rising
 * @param df      Welch df
 * @param p       Welch two-sided p
 * @param pHolm   Holm-adjusted p across items
 * @param pBh     Benjamini-Hochberg adjusted p across items
 */
public record ItemRow(String name, String domain, boolean reverse, String label, Group falling, Group rising,
                      Double t, Double df, Double p, Double pHolm, Double pBh) {

    /**
     * One group's figures on the item.
     *
     * @param n          LAs with a defined gap on the item
     * @param leaderMean mean of LA leader means
     * @param workerMean mean of LA worker means
     * @param gap        mean of LA gaps
     */
    public record Group(int n, Double leaderMean, Double workerMean, Double gap) {
    }
}
