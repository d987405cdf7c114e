package org.concord.stats.models;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Logistic regression of a 0/1 outcome on one predictor by iteratively reweighted least squares as R's
 * {@code glm.fit} with {@code binomial()}: the same start ({@code mu = (y + 0.5)/2}), the same logit link with R's
 * clamping at |eta| &gt; 30, the same convergence rule ({@code |dev - dev_old| / (|dev| + 0.1) < 1e-8}, at most 25
 * iterations), each step a QR least-squares solve (commons-math3).
 */
public final class LogisticModel {
    private static final double EPS = Math.ulp(1.0);
    private static final double THRESH = 30;

    private LogisticModel() {
    }

    /** Fits {@code y ~ x}; y holds 0 and 1. */
    public static LogisticResult fit(double[] y, double[] x) {
        int n = y.length;
        int ones = 0;
        for (double v : y) {
            ones += v == 1 ? 1 : 0;
        }
        if (ones == 0 || ones == n || n < 3) {
            return LogisticResult.notFitted(n, ones, "too few LAs for the logistic model (" + ones + " falling, "
                    + (n - ones) + " rising; it needs both groups and at least 3 LAs)");
        }
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            xMin = Math.min(xMin, v);
            xMax = Math.max(xMax, v);
        }
        if (!(xMax > xMin)) {
            return LogisticResult.notFitted(n, ones, "the compared index is the same in every LA, so the logistic "
                    + "model cannot be fitted");
        }
        double[] eta = new double[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = (y[i] + 0.5) / 2;
            eta[i] = Math.log(mu[i] / (1 - mu[i]));
        }
        double devOld = deviance(y, mu);
        boolean converged = false;
        int iter = 0;
        double[] beta = new double[2];
        RealMatrix xtwxInverse = null;
        double dev = devOld;
        for (iter = 1; iter <= 25; iter++) {
            double[][] wx = new double[n][2];
            double[] wz = new double[n];
            for (int i = 0; i < n; i++) {
                double d = muEta(eta[i]);
                double var = mu[i] * (1 - mu[i]);
                double z = eta[i] + (y[i] - mu[i]) / d;
                double w = Math.sqrt(d * d / var);
                wx[i][0] = w;
                wx[i][1] = w * x[i];
                wz[i] = w * z;
            }
            RealMatrix a = new Array2DRowRealMatrix(wx, false);
            DecompositionSolver qr = new QRDecomposition(a).getSolver();
            beta = qr.solve(new ArrayRealVector(wz, false)).toArray();
            for (int i = 0; i < n; i++) {
                eta[i] = beta[0] + beta[1] * x[i];
                mu[i] = linkInverse(eta[i]);
            }
            dev = deviance(y, mu);
            RealMatrix r = new QRDecomposition(a).getR().getSubMatrix(0, 1, 0, 1);
            xtwxInverse = inverseOfCrossProduct(r);
            if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < 1e-8) {
                converged = true;
                break;
            }
            devOld = dev;
        }
        iter = Math.min(iter, 25);
        boolean separation = false;
        for (double m : mu) {
            separation |= m < 1e-8 || m > 1 - 1e-8;
        }
        double ybar = (double) ones / n;
        double nullDev = deviance(y, constant(ybar, n));
        double aic = dev + 2 * 2;
        double z975 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);
        LogisticResult.Coefficient[] c = new LogisticResult.Coefficient[2];
        for (int k = 0; k < 2; k++) {
            double se = Math.sqrt(xtwxInverse.getEntry(k, k));
            double z = beta[k] / se;
            double p = 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z));
            c[k] = new LogisticResult.Coefficient(finite(beta[k]), finite(se), finite(z), finite(p));
        }
        double b = beta[1];
        double se = Math.sqrt(xtwxInverse.getEntry(1, 1));
        String note = null;
        if (separation) {
            note = "separation: the index separates falling from rising LAs (almost) perfectly, so the coefficients "
                    + "and odds ratio cannot be trusted";
        } else if (!converged) {
            note = "the logistic model did not converge in 25 iterations";
        }
        return new LogisticResult(n, ones, c[0], c[1], finite(Math.exp(b)), finite(Math.exp(b - z975 * se)),
                finite(Math.exp(b + z975 * se)), finite(dev), finite(nullDev), finite(aic), iter, converged,
                separation, note);
    }

    /** (X'WX)^-1 = R^-1 R^-T from the R of the weighted QR. */
    private static RealMatrix inverseOfCrossProduct(RealMatrix r) {
        RealMatrix rInv = new QRDecomposition(r).getSolver().getInverse();
        return rInv.multiply(rInv.transpose());
    }

    /** R's logit link inverse (C_logit_linkinv): clamped at |eta| &gt; 30. */
    static double linkInverse(double eta) {
        double t = eta < -THRESH ? EPS : eta > THRESH ? 1 / EPS : Math.exp(eta);
        return t / (1 + t);
    }

    /** R's d mu / d eta (C_logit_mu_eta): at least machine epsilon. */
    static double muEta(double eta) {
        double opexp = 1 + Math.exp(eta);
        return eta > THRESH || eta < -THRESH ? EPS : Math.exp(eta) / (opexp * opexp);
    }

    /** The binomial deviance of 0/1 outcomes. */
    static double deviance(double[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d += y[i] == 1 ? -2 * Math.log(mu[i]) : -2 * Math.log(1 - mu[i]);
        }
        return d;
    }

    private static double[] constant(double v, int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static Double finite(Double v) {
        return ScaleReliability.finite(v);
    }
}
