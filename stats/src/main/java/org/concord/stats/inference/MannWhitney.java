package org.concord.stats.inference;

import java.util.Arrays;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/** Mann-Whitney U test (commons-statistics-inference) with R's {@code wilcox.test(x, y)} choice of method. */
public final class MannWhitney {

    /** Method string of the exact p-value. */
    public static final String EXACT = "exact";
    /** Method string of the normal approximation with tie and continuity correction. */
    public static final String NORMAL = "normal";

    /** R's limit: the exact p-value is used only when both groups are smaller than this (and there are no ties). */
    static final int EXACT_LIMIT = 50;

    private MannWhitney() {
    }

    /**
     * Two-sided test; exact p when both groups have fewer than 50 values and there are no ties, otherwise the normal
     * approximation with tie correction and continuity correction (R's {@code correct = TRUE}).
     *
     * @return the result, or null when a group is empty
     */
    public static MannWhitneyResult test(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            return null;
        }
        Descriptive.requireFinite(x, "x");
        Descriptive.requireFinite(y, "y");
        boolean exact = x.length < EXACT_LIMIT && y.length < EXACT_LIMIT && !hasTies(x, y);
        MannWhitneyUTest test = MannWhitneyUTest.withDefaults()
                .with(AlternativeHypothesis.TWO_SIDED)
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(ContinuityCorrection.ENABLED);
        MannWhitneyUTest.Result r = test.test(x, y);
        return new MannWhitneyResult(Descriptive.box(r.getStatistic()), Descriptive.box(r.getPValue()),
                exact ? EXACT : NORMAL);
    }

    static boolean hasTies(double[] x, double[] y) {
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        Arrays.sort(all);
        for (int k = 1; k < all.length; k++) {
            if (all[k] == all[k - 1]) {
                return true;
            }
        }
        return false;
    }
}
