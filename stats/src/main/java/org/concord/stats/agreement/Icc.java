package org.concord.stats.agreement;

import java.util.Map;
import java.util.TreeMap;

/** ICC(1) and ICC(2) of a score across groups, as multilevel 2.7's {@code ICC1} and {@code ICC2} of a one-way aov. */
public final class Icc {

    /**
     * Intra-class correlations; null when undefined.
     *
     * @param icc1 {@code (MSB - MSW) / (MSB + (N/K - 1) MSW)}
     * @param icc2 {@code (MSB - MSW) / MSB}
     */
    public record IccResult(Double icc1, Double icc2) {
    }

    private Icc() {
    }

    /**
     * ICC(1) and ICC(2) from {@code aov(score ~ as.factor(group))}: NaN scores are dropped (as aov's na.omit), K is the
     * number of groups with a score left, N the number of scores, and the group size is N/K as in multilevel.
     * Undefined (null) with fewer than 2 groups or no within-group degrees of freedom.
     */
    public static IccResult compute(double[] scores, String[] groups) {
        if (scores.length != groups.length) {
            throw new IllegalArgumentException("scores and groups differ in length");
        }
        // TreeMap: a fixed summation order whatever order the groups come in, so results are reproducible.
        Map<String, double[]> sums = new TreeMap<>();
        int n = 0;
        double grand = 0;
        for (int k = 0; k < scores.length; k++) {
            if (Double.isNaN(scores[k])) {
                continue;
            }
            if (groups[k] == null) {
                throw new IllegalArgumentException("score " + k + " has no group");
            }
            double[] s = sums.computeIfAbsent(groups[k], g -> new double[2]);
            s[0] += scores[k];
            s[1]++;
            grand += scores[k];
            n++;
        }
        int groupCount = sums.size();
        if (groupCount < 2 || n - groupCount < 1) {
            return new IccResult(null, null);
        }
        grand /= n;
        Map<String, Double> means = new TreeMap<>();
        double ssb = 0;
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double mean = e.getValue()[0] / e.getValue()[1];
            means.put(e.getKey(), mean);
            ssb += e.getValue()[1] * (mean - grand) * (mean - grand);
        }
        double ssw = 0;
        for (int k = 0; k < scores.length; k++) {
            if (!Double.isNaN(scores[k])) {
                double d = scores[k] - means.get(groups[k]);
                ssw += d * d;
            }
        }
        double msb = ssb / (groupCount - 1);
        double msw = ssw / (n - groupCount);
        double groupSize = (double) n / groupCount;
        double icc1 = (msb - msw) / (msb + (groupSize - 1) * msw);
        double icc2 = (msb - msw) / msb;
        return new IccResult(AgreementIndices.box(icc1), AgreementIndices.box(icc2));
    }
}
