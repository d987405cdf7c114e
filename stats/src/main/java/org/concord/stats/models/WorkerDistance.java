package org.concord.stats.models;

import java.util.Arrays;
import org.concord.stats.input.LaResponses;

/**
 * The outcome of the multilevel model: each worker's mean absolute difference from their LA's leader mean profile
 * over the items they answered where a leader mean exists (the worker-level term of {@code person_mad}).
 */
final class WorkerDistance {
    private WorkerDistance() {
    }

    /** One distance per worker who answered at least one item with a leader mean, in row order. */
    static double[] of(LaResponses la) {
        int items = la.leaders().length > 0 ? la.leaders()[0].length : 0;
        double[] leaderMean = new double[items];
        for (int i = 0; i < items; i++) {
            double s = 0;
            int m = 0;
            for (double[] row : la.leaders()) {
                if (!Double.isNaN(row[i])) {
                    s += row[i];
                    m++;
                }
            }
            leaderMean[i] = m == 0 ? Double.NaN : s / m;
        }
        double[] out = new double[la.nWorkers()];
        int k = 0;
        for (double[] row : la.workers()) {
            double s = 0;
            int m = 0;
            for (int i = 0; i < items; i++) {
                if (!Double.isNaN(row[i]) && !Double.isNaN(leaderMean[i])) {
                    s += Math.abs(row[i] - leaderMean[i]);
                    m++;
                }
            }
            if (m > 0) {
                out[k++] = s / m;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
