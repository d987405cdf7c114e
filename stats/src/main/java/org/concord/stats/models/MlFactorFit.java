package org.concord.stats.models;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.special.Gamma;

/**
 * Maximum-likelihood factor analysis of a correlation matrix as R's {@code stats::factanal}: the uniquenesses that
 * minimise factanal's discrepancy function within [0.005, 1], starting from {@code (1 - q/(2p)) / diag(R^-1)}, the
 * unrotated loadings from the eigenvectors of the rescaled matrix, and the chi-square test with Bartlett's correction.
 * The optimum is reached by fixed-point steps on the stationary condition, finished where needed (a uniqueness at a
 * bound) by commons-math3's BOBYQA within the same bounds as R's L-BFGS-B.
 */
public final class MlFactorFit {
    /** factanal's lower bound of a uniqueness. */
    static final double LOWER = 0.005;

    /** At most this many fixed-point steps before BOBYQA. */
    private static final int FIXED_POINT_STEPS = 500;

    private MlFactorFit() {
    }

    /** BOBYQA needs its start at least its initial trust radius inside the bounds (or on them). */
    private static double[] inside(double[] psi, double margin) {
        double[] v = psi.clone();
        for (int i = 0; i < v.length; i++) {
            if (v[i] > LOWER && v[i] < LOWER + margin) {
                v[i] = LOWER;
            } else if (v[i] < 1 && v[i] > 1 - margin) {
                v[i] = 1;
            }
        }
        return v;
    }

    /**
     * The fit: unrotated loadings (p x q), uniquenesses, the objective at the optimum, the chi-square statistic, its
     * degrees of freedom and p (null when dof = 0), and whether the optimiser converged.
     */
    public record Fit(double[][] loadings, double[] uniquenesses, double objective, Double chisq, int dof, Double p,
                      boolean converged) {
    }

    /** The degrees of freedom of the test of {@code q} factors for {@code p} variables: 0.5((p-q)^2 - p - q). */
    public static int dof(int p, int q) {
        return ((p - q) * (p - q) - p - q) / 2;
    }

    /** Fits {@code q} factors to the correlation matrix {@code r} of {@code n} complete observations. */
    public static Fit fit(RealMatrix r, int n, int q) {
        int p = r.getRowDimension();
        RealMatrix inverse = new LUDecomposition(r).getSolver().getInverse();
        double[] start = new double[p];
        double[] lower = new double[p];
        double[] upper = new double[p];
        for (int i = 0; i < p; i++) {
            start[i] = Math.min(1, Math.max(LOWER, (1 - 0.5 * q / p) / inverse.getEntry(i, i)));
            lower[i] = LOWER;
            upper[i] = 1;
        }
        // Fixed-point steps Psi <- diag(R - L L') (the stationary condition of the likelihood), one eigendecomposition
        // each, from factanal's start.
        double[] psi = start.clone();
        boolean settled = false;
        for (int it = 0; it < FIXED_POINT_STEPS; it++) {
            double[][] l = loadings(r, psi, q);
            double change = 0;
            for (int i = 0; i < p; i++) {
                double common = 0;
                for (int f = 0; f < q; f++) {
                    common += l[i][f] * l[i][f];
                }
                double next = Math.min(1, Math.max(LOWER, r.getEntry(i, i) - common));
                change = Math.max(change, Math.abs(next - psi[i]));
                psi[i] = next;
            }
            if (change < 1e-10) {
                settled = true;
                break;
            }
        }
        boolean converged = true;
        boolean onBound = false;
        for (double v : psi) {
            onBound |= v <= LOWER || v >= 1;
        }
        // A fixed point inside the bounds is where the objective's gradient is 0: the optimum. Otherwise (a bound
        // reached, or no fixed point within the steps) BOBYQA finishes within the bounds.
        if (!settled || onBound) {
            MultivariateFunction f = v -> objective(r, v, q);
            try {
                BOBYQAOptimizer opt = new BOBYQAOptimizer(2 * p + 1, 1e-3, 1e-8);
                PointValuePair best = opt.optimize(new MaxEval(100_000), new ObjectiveFunction(f),
                        GoalType.MINIMIZE, new InitialGuess(inside(psi, 1.5e-3)), new SimpleBounds(lower, upper));
                psi = best.getPoint();
            } catch (TooManyEvaluationsException e) {
                converged = false;
            }
        }
        double obj = objective(r, psi, q);
        double[][] loadings = loadings(r, psi, q);
        int dof = dof(p, q);
        Double chisq = null;
        Double pValue = null;
        if (dof > 0) {
            chisq = (n - 1 - (2.0 * p + 5) / 6 - (2.0 * q) / 3) * obj;
            pValue = Gamma.regularizedGammaQ(dof / 2.0, chisq / 2);
        }
        return new Fit(loadings, psi, obj, chisq, dof, pValue, converged);
    }

    private static EigenDecomposition scaledEigen(RealMatrix r, double[] psi) {
        int p = psi.length;
        double[][] s = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                s[i][j] = r.getEntry(i, j) / Math.sqrt(psi[i] * psi[j]);
            }
        }
        return new EigenDecomposition(new Array2DRowRealMatrix(s, false));
    }

    /** factanal's FAfn: {@code -sum_{i>q} (log e_i - e_i) - q + p} over the eigenvalues of Psi^-1/2 R Psi^-1/2. */
    static double objective(RealMatrix r, double[] psi, int q) {
        double[] e = sortedDescending(scaledEigen(r, psi).getRealEigenvalues());
        double sum = 0;
        for (int i = q; i < e.length; i++) {
            sum += Math.log(e[i]) - e[i];
        }
        return -(sum - q + e.length);
    }

    /** factanal's FAout: {@code Psi^1/2 E_q diag(sqrt(max(e_q - 1, 0)))}. */
    static double[][] loadings(RealMatrix r, double[] psi, int q) {
        EigenDecomposition ed = scaledEigen(r, psi);
        double[] values = ed.getRealEigenvalues();
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        int p = psi.length;
        double[][] l = new double[p][q];
        for (int f = 0; f < q; f++) {
            double scale = Math.sqrt(Math.max(values[order[f]] - 1, 0));
            double[] v = ed.getEigenvector(order[f]).toArray();
            for (int i = 0; i < p; i++) {
                l[i][f] = Math.sqrt(psi[i]) * v[i] * scale;
            }
        }
        return l;
    }

    private static double[] sortedDescending(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            double t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
        return s;
    }
}
