package org.concord.stats.simulate;

/**
 * The estimated power of the two tests, from {@code replications} simulated studies.
 *
 * @param spec                what was simulated
 * @param replications        studies simulated
 * @param tested              studies in which both trend groups had at least one LA with a defined index
 * @param rejectedMannWhitney studies in which the Mann-Whitney p was at most alpha
 * @param rejectedPermutation studies in which the permutation p was at most alpha
 * @param meanFalling         mean number of falling LAs compared per study
 * @param meanRising          mean number of rising LAs compared per study
 * @param meanDifference      mean over tested studies of the observed difference of means (falling - rising)
 */
public record PowerResult(PowerSpec spec, int replications, int tested, int rejectedMannWhitney,
                          int rejectedPermutation, double meanFalling, double meanRising, double meanDifference) {

    /** The share of replications in which Mann-Whitney rejected (an untested study counts as not rejected). */
    public double mannWhitneyPower() {
        return rejectedMannWhitney / (double) replications;
    }

    /** The share of replications in which the permutation test rejected. */
    public double permutationPower() {
        return rejectedPermutation / (double) replications;
    }

    /** The Wilson score 95% interval {lo, hi} for a power estimate with {@code rejected} of the replications. */
    public double[] wilson95(int rejected) {
        double z = 1.959963984540054; // qnorm(0.975)
        double n = replications;
        double p = rejected / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        // At 0 or n rejections the bound is exactly 0 or 1; the formula leaves a rounding residue there.
        return new double[] {rejected == 0 ? 0 : Math.max(0, centre - half),
            rejected == replications ? 1 : Math.min(1, centre + half)};
    }
}
