package org.concord.stats.models;

import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The sample covariance and correlation matrices (n - 1) of complete data as one cross-product of the centred data
 * with commons-math3's cache-friendly {@link BlockRealMatrix}; commons-math3's {@code Covariance} walks the columns
 * pair by pair and takes seconds on the national data set (13,000 respondents x 30 items).
 */
final class SampleCovariance {
    private SampleCovariance() {
    }

    /** The covariance matrix of the rows of {@code x} (respondents by variables, no missing values). */
    static RealMatrix of(double[][] x) {
        int n = x.length;
        int p = x[0].length;
        double[] mean = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
        }
        BlockRealMatrix centred = new BlockRealMatrix(n, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                centred.setEntry(i, j, x[i][j] - mean[j]);
            }
        }
        return centred.transpose().multiply(centred).scalarMultiply(1.0 / (n - 1));
    }

    /** The correlation matrix of a covariance matrix whose diagonal is positive. */
    static RealMatrix correlation(RealMatrix c) {
        int p = c.getRowDimension();
        RealMatrix r = c.copy();
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                r.setEntry(a, b, c.getEntry(a, b) / Math.sqrt(c.getEntry(a, a) * c.getEntry(b, b)));
            }
        }
        return r;
    }
}
