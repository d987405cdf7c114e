package org.concord.stats.inference;

import org.apache.commons.statistics.inference.TTest;

/** Welch's unequal-variance t-test (commons-statistics-inference), matching R's {@code t.test(x, y)}. */
public final class Welch {

    private Welch() {
    }

    /**
     * Two-sided Welch test of mean(x) - mean(y).
     *
     * @return the result, or null when a group has fewer than 2 values or the data are essentially constant (R
     *         refuses these: standard error below 10 machine epsilons times the larger absolute mean)
     */
    public static WelchResult test(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) {
            return null;
        }
        double mx = Descriptive.mean(x);
        double my = Descriptive.mean(y);
        double stderr = Math.sqrt(Descriptive.variance(x) / x.length + Descriptive.variance(y) / y.length);
        if (stderr < 10 * Math.ulp(1.0) * Math.max(Math.abs(mx), Math.abs(my)) || stderr == 0) {
            return null;
        }
        TTest.Result r = TTest.withDefaults().test(x, y);
        return new WelchResult(Descriptive.box(r.getStatistic()), Descriptive.box(r.getDegreesOfFreedom()),
                Descriptive.box(r.getPValue()));
    }
}
