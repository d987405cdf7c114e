package org.concord.stats.models;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * A linear model with a random intercept per group, {@code y ~ X + (1 | group)}, fitted as {@code lme4::lmer}: the
 * deviance profiled over the fixed effects and the residual variance is minimised over the relative standard deviation
 * {@code theta = tau / sigma >= 0} (commons-math3's Brent optimiser after a grid bracket). Per group with {@code n_j}
 * observations, {@code V_j = sigma^2 (I + theta^2 J)}, whose inverse and determinant are closed-form.
 */
final class RandomInterceptModel {
    private final int n;
    private final int p;
    private final int groups;
    private final int[] size;
    private final double[][] sx;
    private final double[] sy;
    private final double[][] xx;
    private final double[] xy;
    private final double yy;

    /** The data: outcome, fixed-effects design (with the intercept column), group index 0..groups-1 per row. */
    RandomInterceptModel(double[] y, double[][] x, int[] group, int groups) {
        this.n = y.length;
        this.p = x[0].length;
        this.groups = groups;
        this.size = new int[groups];
        this.sx = new double[groups][p];
        this.sy = new double[groups];
        double[][] xx = new double[p][p];
        this.xy = new double[p];
        double yy = 0;
        for (int i = 0; i < n; i++) {
            int j = group[i];
            size[j]++;
            sy[j] += y[i];
            for (int a = 0; a < p; a++) {
                sx[j][a] += x[i][a];
                xy[a] += x[i][a] * y[i];
                for (int b = 0; b < p; b++) {
                    xx[a][b] += x[i][a] * x[i][b];
                }
            }
            yy += y[i] * y[i];
        }
        this.xx = xx;
        this.yy = yy;
    }

    /** The weighted cross-products of a given theta: X'WX, X'Wy, y'Wy and sum log(1 + n_j theta^2). */
    private record Cross(RealMatrix xwx, double[] xwy, double ywy, double logDet) {
    }

    private Cross cross(double theta) {
        double g2 = theta * theta;
        double[][] xwx = new double[p][];
        for (int a = 0; a < p; a++) {
            xwx[a] = xx[a].clone();
        }
        double[] xwy = xy.clone();
        double ywy = yy;
        double logDet = 0;
        for (int j = 0; j < groups; j++) {
            double c = g2 / (1 + size[j] * g2);
            logDet += Math.log1p(size[j] * g2);
            for (int a = 0; a < p; a++) {
                xwy[a] -= c * sx[j][a] * sy[j];
                for (int b = 0; b < p; b++) {
                    xwx[a][b] -= c * sx[j][a] * sx[j][b];
                }
            }
            ywy -= c * sy[j] * sy[j];
        }
        return new Cross(new Array2DRowRealMatrix(xwx, false), xwy, ywy, logDet);
    }

    /** The fixed effects, the penalised residual sum of squares and log det(X'WX) at theta. */
    private record Gls(double[] beta, double rss, double logDetXwx, RealMatrix xwxInverse, double logDetV) {
    }

    private Gls gls(double theta) {
        Cross c = cross(theta);
        CholeskyDecomposition chol = new CholeskyDecomposition(c.xwx(), 1e-12, 1e-14);
        double[] beta = chol.getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(c.xwy()))
                .toArray();
        double rss = c.ywy();
        for (int a = 0; a < p; a++) {
            rss -= beta[a] * c.xwy()[a];
        }
        return new Gls(beta, rss, Math.log(chol.getDeterminant()), chol.getSolver().getInverse(), c.logDet());
    }

    /** The deviance (-2 log likelihood, REML or ML) profiled over beta and sigma, as lme4's devfun. */
    double profiledDeviance(double theta, boolean reml) {
        Gls g = gls(theta);
        if (reml) {
            int df = n - p;
            return g.logDetV() + g.logDetXwx() + df * (1 + Math.log(2 * Math.PI * g.rss() / df));
        }
        return g.logDetV() + n * (1 + Math.log(2 * Math.PI * g.rss() / n));
    }

    /** The REML deviance as a function of theta and sigma (lmerTest's {@code devfun_vp}). */
    double devianceAt(double theta, double sigma, boolean reml) {
        Gls g = gls(theta);
        double s2 = sigma * sigma;
        double dev = g.logDetV() + g.rss() / s2 + n * Math.log(2 * Math.PI * s2);
        return reml ? dev + g.logDetXwx() - p * Math.log(2 * Math.PI * s2) : dev;
    }

    /** The covariance matrix of the fixed effects at theta and sigma: {@code sigma^2 (X'WX)^-1}. */
    RealMatrix covBeta(double theta, double sigma) {
        return gls(theta).xwxInverse().scalarMultiply(sigma * sigma);
    }

    /** A fitted model: theta, sigma, fixed effects, deviance. */
    record Fitted(double theta, double sigma, double[] beta, double deviance) {
    }

    /** Fits the model by REML or ML. */
    Fitted fit(boolean reml) {
        // Bracket the minimum on a grid of theta (0 and 1e-3 .. 1e3 on a log scale), then refine with Brent.
        double bestT = 0;
        double bestF = profiledDeviance(0, reml);
        double[] grid = new double[61];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = Math.pow(10, -3 + 0.1 * i);
        }
        int bestI = -1;
        for (int i = 0; i < grid.length; i++) {
            double f = profiledDeviance(grid[i], reml);
            if (f < bestF) {
                bestF = f;
                bestT = grid[i];
                bestI = i;
            }
        }
        double lo = bestI <= 0 ? 0 : grid[bestI - 1];
        double hi = bestI < 0 ? grid[0] : bestI + 1 < grid.length ? grid[bestI + 1] : grid[bestI] * 10;
        BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-14);
        UnivariatePointValuePair pv = brent.optimize(new MaxEval(10_000), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(t -> profiledDeviance(t, reml)), new SearchInterval(lo, hi, bestT));
        double theta = pv.getPoint();
        double f = pv.getValue();
        double f0 = profiledDeviance(0, reml);
        if (f0 <= f) {
            theta = 0;
            f = f0;
        }
        Gls g = gls(theta);
        double sigma = Math.sqrt(g.rss() / (reml ? n - p : n));
        return new Fitted(theta, sigma, g.beta(), f);
    }

    /** The number of fixed effects. */
    int fixedEffects() {
        return p;
    }

    /** The inverse of a small symmetric matrix (the Hessian of the deviance in theta and sigma). */
    static RealMatrix inverse(RealMatrix m) {
        return new LUDecomposition(m).getSolver().getInverse();
    }
}
