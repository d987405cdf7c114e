package org.concord.stats.models;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Cronbach's alpha of a scale (design, "Models", Scales), as {@code psych::alpha(x, check.keys = FALSE)}: raw and
 * standardised alpha, the mean inter-item correlation, the Feldt 95% interval, and per item the correlation with the
 * rest of the scale and alpha without it.
 */
public final class ScaleReliability {
    private ScaleReliability() {
    }

    /**
     * The reliability of the complete rows of {@code rows} (respondents by items; rows with any NaN are left out).
     * Undefined figures (k &lt; 2, n &lt; 2, an item without variance) are null.
     */
    public static ScaleStats of(double[][] rows, int k) {
        List<double[]> complete = new ArrayList<>();
        for (double[] row : rows) {
            boolean ok = true;
            for (int j = 0; j < k && ok; j++) {
                ok = !Double.isNaN(row[j]);
            }
            if (ok) {
                complete.add(row);
            }
        }
        int n = complete.size();
        List<ScaleStats.Item> none = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            none.add(new ScaleStats.Item(null, null));
        }
        if (k < 2 || n < 2) {
            return new ScaleStats(k, n, null, null, null, null, null, none);
        }
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] row = complete.get(i);
            x[i] = row.length == k ? row : java.util.Arrays.copyOf(row, k); // read, never changed
        }
        RealMatrix c = SampleCovariance.of(x);
        for (int j = 0; j < k; j++) {
            if (!(c.getEntry(j, j) > 0)) {
                return new ScaleStats(k, n, null, null, null, null, null, none);
            }
        }
        double alpha = alpha(c, -1);
        double rSum = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (a != b) {
                    rSum += c.getEntry(a, b) / Math.sqrt(c.getEntry(a, a) * c.getEntry(b, b));
                }
            }
        }
        double rbar = rSum / (k * (k - 1.0));
        double alphaStd = k * rbar / (1 + (k - 1) * rbar);
        Double lo = null;
        Double hi = null;
        if (k >= 2 && n >= 2) {
            FDistribution f = new FDistribution(n - 1.0, (n - 1.0) * (k - 1.0));
            lo = 1 - (1 - alpha) * f.inverseCumulativeProbability(0.975);
            hi = 1 - (1 - alpha) * f.inverseCumulativeProbability(0.025);
        }
        List<ScaleStats.Item> items = new ArrayList<>();
        double total = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                total += c.getEntry(a, b);
            }
        }
        for (int j = 0; j < k; j++) {
            double itemWithAll = 0;
            for (int b = 0; b < k; b++) {
                itemWithAll += c.getEntry(j, b);
            }
            double vj = c.getEntry(j, j);
            double covRest = itemWithAll - vj;
            double varRest = total - 2 * itemWithAll + vj;
            Double rDrop = varRest > 0 ? covRest / Math.sqrt(vj * varRest) : null;
            Double dropped = k > 2 ? finite(alpha(c, j)) : null;
            items.add(new ScaleStats.Item(finite(rDrop), dropped));
        }
        return new ScaleStats(k, n, finite(alpha), finite(alphaStd), finite(rbar), finite(lo), finite(hi), items);
    }

    /** Raw alpha from the covariance matrix, leaving out item {@code skip} (-1: none). */
    private static double alpha(RealMatrix c, int skip) {
        int k = c.getRowDimension() - (skip >= 0 ? 1 : 0);
        double trace = 0;
        double total = 0;
        for (int a = 0; a < c.getRowDimension(); a++) {
            if (a == skip) {
                continue;
            }
            trace += c.getEntry(a, a);
            for (int b = 0; b < c.getColumnDimension(); b++) {
                if (b != skip) {
                    total += c.getEntry(a, b);
                }
            }
        }
        return k / (k - 1.0) * (1 - trace / total);
    }

    static Double finite(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }
}
