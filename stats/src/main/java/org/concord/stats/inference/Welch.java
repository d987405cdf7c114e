package org.concord.stats.inference;

import org.apache.commons.statistics.inference.TTest;

/** Welch's unequal-variance t-test (commons-statistics-inference), matching R's {@code t.test(x, y)}. */
public final class Welch {

    private Welch() {
    }

    /**
     * Two-sided Welch test of mean(x) - mean(y).
     *
     * @return the result, or null when a group has fewer than 2 values or both groups are constant (R refuses these)
     */
    public static WelchResult test(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) {
            return null;
        }
        if (Descriptive.variance(x) == 0 && Descriptive.variance(y) == 0) {
            return null;
        }
        TTest.Result r = TTest.withDefaults().test(x, y);
        return new WelchResult(Descriptive.box(r.getStatistic()), Descriptive.box(r.getDegreesOfFreedom()),
                Descriptive.box(r.getPValue()));
    }
}
