package org.concord.stats.models;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Varimax rotation as R's {@code stats::varimax(x, normalize = TRUE, eps = 1e-5)} followed by factanal's ordering
 * ({@code sortLoadings}: factors by decreasing sum of squared loadings, each with a positive sum).
 */
public final class Varimax {
    private Varimax() {
    }

    /** The rotated and sorted loadings (p x q); one factor is only sorted and signed. */
    public static double[][] rotate(double[][] loadings) {
        int p = loadings.length;
        int q = p == 0 ? 0 : loadings[0].length;
        double[][] z = q < 2 ? copy(loadings) : varimax(loadings, p, q);
        return sort(z, p, q);
    }

    private static double[][] varimax(double[][] loadings, int p, int q) {
        double[] sc = new double[p];
        double[][] x = new double[p][q];
        for (int i = 0; i < p; i++) {
            double ss = 0;
            for (int f = 0; f < q; f++) {
                ss += loadings[i][f] * loadings[i][f];
            }
            sc[i] = Math.sqrt(ss);
            for (int f = 0; f < q; f++) {
                x[i][f] = sc[i] > 0 ? loadings[i][f] / sc[i] : 0;
            }
        }
        RealMatrix xm = new Array2DRowRealMatrix(x, false);
        RealMatrix tt = MatrixUtils.createRealIdentityMatrix(q);
        double d = 0;
        for (int it = 0; it < 1000; it++) {
            RealMatrix zm = xm.multiply(tt);
            double[] colSq = new double[q];
            for (int i = 0; i < p; i++) {
                for (int f = 0; f < q; f++) {
                    colSq[f] += zm.getEntry(i, f) * zm.getEntry(i, f);
                }
            }
            double[][] inner = new double[p][q];
            for (int i = 0; i < p; i++) {
                for (int f = 0; f < q; f++) {
                    double v = zm.getEntry(i, f);
                    inner[i][f] = v * v * v - v * colSq[f] / p;
                }
            }
            RealMatrix b = xm.transpose().multiply(new Array2DRowRealMatrix(inner, false));
            SingularValueDecomposition svd = new SingularValueDecomposition(b);
            tt = svd.getU().multiply(svd.getVT());
            double dPast = d;
            d = 0;
            for (double s : svd.getSingularValues()) {
                d += s;
            }
            if (d < dPast * (1 + 1e-5)) {
                break;
            }
        }
        double[][] z = xm.multiply(tt).getData();
        for (int i = 0; i < p; i++) {
            for (int f = 0; f < q; f++) {
                z[i][f] *= sc[i];
            }
        }
        return z;
    }

    private static double[][] sort(double[][] z, int p, int q) {
        Integer[] order = new Integer[q];
        double[] ss = new double[q];
        double[] sum = new double[q];
        for (int f = 0; f < q; f++) {
            order[f] = f;
            for (int i = 0; i < p; i++) {
                ss[f] += z[i][f] * z[i][f];
                sum[f] += z[i][f];
            }
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ss[b], ss[a]));
        double[][] out = new double[p][q];
        for (int f = 0; f < q; f++) {
            int src = order[f];
            double sign = sum[src] < 0 ? -1 : 1;
            for (int i = 0; i < p; i++) {
                out[i][f] = sign * z[i][src];
            }
        }
        return out;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
