package org.concord.stats.models;

/** Tucker's congruence coefficient of two loading vectors, for the recovery test of a known factor structure. */
final class Congruence {
    private Congruence() {
    }

    /** {@code sum(a b) / sqrt(sum(a^2) sum(b^2))}. */
    static double tucker(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }
}
