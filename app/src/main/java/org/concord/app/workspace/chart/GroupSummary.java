package org.concord.app.workspace.chart;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of one trend group's index with its 95% confidence interval (mean +/- t(0.975, n-1) SD/sqrt(n)), as
 * R's {@code t.test(x)$conf.int}; the interval is null with fewer than 2 LAs.
 *
 * @param trend the group
 * @param n     LAs in the group
 * @param mean  mean index, or null when the group is empty
 * @param lo    lower 95% bound, or null
 * @param hi    upper 95% bound, or null
 */
public record GroupSummary(String trend, int n, Double mean, Double lo, Double hi) {

    /** The summary of {@code values}. */
    public static GroupSummary of(String trend, List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return new GroupSummary(trend, 0, null, null, null);
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
        if (n < 2) {
            return new GroupSummary(trend, 1, mean, null, null);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
                * Math.sqrt(ss / (n - 1) / n);
        return new GroupSummary(trend, n, mean, mean - half, mean + half);
    }
}
