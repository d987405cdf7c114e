package org.concord.stats.inference;

/** Small descriptive helpers on primitive arrays. */
final class Descriptive {

    private Descriptive() {
    }

    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    /** Sample variance with n - 1 (NaN for fewer than 2 values). */
    static double variance(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double d : v) {
            ss += (d - m) * (d - m);
        }
        return ss / (v.length - 1);
    }

    /** Null for NaN or infinite values, so that results never hold NaN. */
    static Double box(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static void requireFinite(double[] v, String name) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(name + " holds a value that is not a finite number: " + d);
            }
        }
    }
}
