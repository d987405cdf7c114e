package org.concord.stats.models;

import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Gamma;

/**
 * The multilevel model of the design: {@code y ~ rising + (1 | LA)} by REML as {@code lme4::lmer}, with
 * Satterthwaite degrees of freedom as {@code lmerTest} (the delta method on theta and sigma with the Hessian of the
 * REML deviance), and the likelihood-ratio test of ML fits with and without {@code rising} as {@code anova(m0, m1)}.
 */
public final class MultilevelModel {
    /** lme4's {@code isSingular} tolerance on theta. */
    static final double SINGULAR = 1e-4;

    private MultilevelModel() {
    }

    /**
     * Fits the model.
     *
     * @param y      each worker's outcome
     * @param rising 1 for a worker of a rising LA, 0 for falling
     * @param la     the worker's LA as an index 0..las-1
     * @param las    the number of LAs
     */
    public static MultilevelResult fit(double[] y, double[] rising, int[] la, int las) {
        int n = y.length;
        boolean anyRising = false;
        boolean anyFalling = false;
        for (double r : rising) {
            anyRising |= r == 1;
            anyFalling |= r == 0;
        }
        if (las < 3 || !anyRising || !anyFalling) {
            return MultilevelResult.notFitted(n, las, "too few LAs for the multilevel model (" + las
                    + "; it needs at least 3, with falling and rising LAs among them)");
        }
        if (n <= las + 1) {
            return MultilevelResult.notFitted(n, las, "too few workers for the multilevel model (" + n
                    + " in " + las + " LAs; it needs more workers than LAs plus one)");
        }
        double[][] x1 = new double[n][];
        double[][] x0 = new double[n][];
        for (int i = 0; i < n; i++) {
            x1[i] = new double[] {1, rising[i]};
            x0[i] = new double[] {1};
        }
        RandomInterceptModel m1 = new RandomInterceptModel(y, x1, la, las);
        RandomInterceptModel.Fitted reml = m1.fit(true);
        double theta = reml.theta();
        double sigma = reml.sigma();
        RealMatrix cov = m1.covBeta(theta, sigma);
        // lmerTest: A = 2 H^-1, H the Hessian of the REML deviance in (theta, sigma); g the gradient of each
        // contrast's variance in (theta, sigma); df = 2 var^2 / (g' A g).
        double[] at = {theta, sigma};
        RealMatrix h = hessian(v -> m1.devianceAt(v[0], v[1], true), at);
        RealMatrix a = RandomInterceptModel.inverse(h).scalarMultiply(2);
        MultilevelResult.Fixed[] fixed = new MultilevelResult.Fixed[2];
        for (int k = 0; k < 2; k++) {
            final int kk = k;
            double var = cov.getEntry(k, k);
            double[] g = gradient(v -> m1.covBeta(v[0], v[1]).getEntry(kk, kk), at);
            double denom = 0;
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    denom += g[i] * a.getEntry(i, j) * g[j];
                }
            }
            double df = 2 * var * var / denom;
            double se = Math.sqrt(var);
            double t = reml.beta()[k] / se;
            Double p = df > 0 && Double.isFinite(df)
                    ? 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t)) : null;
            fixed[k] = new MultilevelResult.Fixed(finite(reml.beta()[k]), finite(se), finite(t), finite(df),
                    finite(p));
        }
        double sigma2 = sigma * sigma;
        double tau2 = theta * theta * sigma2;
        RandomInterceptModel m0 = new RandomInterceptModel(y, x0, la, las);
        double dev0 = m0.fit(false).deviance();
        double dev1 = m1.fit(false).deviance();
        double chisq = Math.max(0, dev0 - dev1);
        MultilevelResult.Lrt lrt = new MultilevelResult.Lrt(finite(chisq), 1,
                finite(Gamma.regularizedGammaQ(0.5, chisq / 2)));
        boolean singular = theta < SINGULAR;
        return new MultilevelResult(n, las, fixed[0], fixed[1], finite(tau2), finite(sigma2),
                finite(tau2 / (tau2 + sigma2)), singular, finite(reml.deviance()), lrt,
                singular ? "singular fit: the LA variance is estimated as 0, so the model reduces to a regression "
                        + "of workers' distance on the LA's trend" : null);
    }

    /** Central-difference gradient with one Richardson step. */
    static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            final int ii = i;
            BiFunction<Double, Void, Double> d = (h, u) -> (f.applyAsDouble(shift(x, ii, h))
                    - f.applyAsDouble(shift(x, ii, -h))) / (2 * h);
            double h = step(x[i]);
            g[i] = (4 * d.apply(h / 2, null) - d.apply(h, null)) / 3;
        }
        return g;
    }

    /** Central-difference Hessian with one Richardson step. */
    static RealMatrix hessian(ToDoubleFunction<double[]> f, double[] x) {
        int m = x.length;
        double[][] h = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                final int ii = i;
                final int jj = j;
                double hi = step(x[i]);
                double hj = step(x[j]);
                BiFunction<Double, Double, Double> d = (si, sj) -> (f.applyAsDouble(shift(shift(x, ii, si), jj, sj))
                        - f.applyAsDouble(shift(shift(x, ii, si), jj, -sj))
                        - f.applyAsDouble(shift(shift(x, ii, -si), jj, sj))
                        + f.applyAsDouble(shift(shift(x, ii, -si), jj, -sj))) / (4 * si * sj);
                double v = (4 * d.apply(hi / 2, hj / 2) - d.apply(hi, hj)) / 3;
                h[i][j] = v;
                h[j][i] = v;
            }
        }
        return new Array2DRowRealMatrix(h, false);
    }

    private static double step(double v) {
        return 1e-3 * Math.max(Math.abs(v), 0.1);
    }

    private static double[] shift(double[] x, int i, double by) {
        double[] c = x.clone();
        c[i] += by;
        return c;
    }

    private static Double finite(Double v) {
        return ScaleReliability.finite(v);
    }
}
