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
 * The optimum is reached by accelerated fixed-point steps on the stationary condition, finished where needed by
 * commons-math3's BOBYQA within the same bounds as R's L-BFGS-B.
 */
public final class MlFactorFit {
    /** factanal's lower bound of a uniqueness. */
    static final double LOWER = 0.005;

    /** At most this many fixed-point steps before BOBYQA. */
    private static final int FIXED_POINT_STEPS = 300;

    private MlFactorFit() {
    }

    /** One fixed-point step: {@code Psi <- diag(R - L L')}, kept within the bounds. */
    private static double[] step(RealMatrix r, double[] psi, int q) {
        double[][] l = loadings(r, psi, q);
        double[] next = new double[psi.length];
        for (int i = 0; i < psi.length; i++) {
            double common = 0;
            for (int f = 0; f < q; f++) {
                common += l[i][f] * l[i][f];
            }
            next[i] = Math.min(1, Math.max(LOWER, r.getEntry(i, i) - common));
        }
        return next;
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
        // Fixed-point steps Psi <- diag(R - L L') within the bounds (the stationary condition of the likelihood, and
        // the Kuhn-Tucker condition at a bound), accelerated by SQUAREM (Varadhan and Roland 2008) with a fall-back
        // to the plain double step whenever the accelerated one does not lower the objective.
        double[] psi = start.clone();
        double current = objective(r, psi, q);
        boolean settled = false;
        for (int it = 0; it < FIXED_POINT_STEPS && !settled; it++) {
            double[] f1 = step(r, psi, q);
            double[] f2 = step(r, f1, q);
            double rr = 0;
            double vv = 0;
            for (int i = 0; i < p; i++) {
                double ri = f1[i] - psi[i];
                double vi = f2[i] - 2 * f1[i] + psi[i];
                rr += ri * ri;
                vv += vi * vi;
            }
            double[] next = f2;
            if (vv > 0) {
                double alpha = -Math.sqrt(rr / vv);
                double[] accelerated = new double[p];
                for (int i = 0; i < p; i++) {
                    double ri = f1[i] - psi[i];
                    double vi = f2[i] - 2 * f1[i] + psi[i];
                    accelerated[i] = Math.min(1, Math.max(LOWER, psi[i] - 2 * alpha * ri + alpha * alpha * vi));
                }
                accelerated = step(r, accelerated, q);
                if (objective(r, accelerated, q) <= objective(r, f2, q)) {
                    next = accelerated;
                }
            }
            double change = 0;
            for (int i = 0; i < p; i++) {
                change = Math.max(change, Math.abs(next[i] - psi[i]));
            }
            psi = next;
            current = objective(r, psi, q);
            settled = change < 1e-10 || Math.sqrt(rr) < 1e-10;
        }
        boolean converged = true;
        // A fixed point is the optimum; otherwise (no fixed point within the steps) BOBYQA finishes within the bounds.
        if (!settled) {
            MultivariateFunction f = v -> objective(r, v, q);
            try {
                BOBYQAOptimizer opt = new BOBYQAOptimizer(p + 2, 1e-3, 1e-8);
                PointValuePair best = opt.optimize(new MaxEval(20_000), new ObjectiveFunction(f),
                        GoalType.MINIMIZE, new InitialGuess(inside(psi, 1.5e-3)), new SimpleBounds(lower, upper));
                if (best.getValue() <= current) {
                    psi = best.getPoint();
                }
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
