package org.concord.stats.inference;

/** Effect sizes of the difference between two groups (x minus y). */
public final class EffectSizes {

    private EffectSizes() {
    }

    /**
     * Hedges' g: {@code J * (mean(x) - mean(y)) / s_pooled}, with s_pooled from the variances with n - 1 and
     * {@code J = 1 - 3 / (4 (n_x + n_y) - 9)}.
     *
     * @return g, or null when a group is empty, n_x + n_y < 3 or the pooled SD is 0
     */
    public static Double hedgesG(double[] x, double[] y) {
        int nx = x.length;
        int ny = y.length;
        if (nx == 0 || ny == 0 || nx + ny < 3) {
            return null;
        }
        double ssx = nx < 2 ? 0 : Descriptive.variance(x) * (nx - 1);
        double ssy = ny < 2 ? 0 : Descriptive.variance(y) * (ny - 1);
        double pooled = Math.sqrt((ssx + ssy) / (nx + ny - 2));
        if (pooled == 0) {
            return null;
        }
        double j = 1 - 3.0 / (4.0 * (nx + ny) - 9);
        return Descriptive.box(j * (Descriptive.mean(x) - Descriptive.mean(y)) / pooled);
    }

    /**
     * Cliff's delta: {@code P(x > y) - P(x < y)} over all pairs.
     *
     * @return delta, or null when a group is empty
     */
    public static Double cliffsDelta(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            return null;
        }
        long greater = 0;
        long less = 0;
        for (double a : x) {
            for (double b : y) {
                if (a > b) {
                    greater++;
                } else if (a < b) {
                    less++;
                }
            }
        }
        return (double) (greater - less) / ((double) x.length * y.length);
    }
}
