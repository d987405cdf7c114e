package org.concord.stats.inference;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Multiple-testing adjustment as R's {@code p.adjust}: missing p-values (NaN or null) stay missing and are not
 * counted in n (R's behaviour with NA).
 */
public final class PAdjust {

    private PAdjust() {
    }

    /** Holm's step-down adjustment: {@code pmin(1, cummax((n - i + 1) * p[o]))}. Missing entries give null. */
    public static Double[] holm(double[] p) {
        return holm(boxAll(p));
    }

    /** Holm's adjustment of boxed p-values (null or NaN = missing). */
    public static Double[] holm(Double[] p) {
        Integer[] order = present(p);
        int n = order.length;
        Arrays.sort(order, Comparator.comparingDouble(k -> p[k]));
        Double[] out = new Double[p.length];
        double running = 0;
        for (int i = 0; i < n; i++) {
            running = Math.max(running, (n - i) * p[order[i]]);
            out[order[i]] = Math.min(1.0, running);
        }
        return out;
    }

    /** Benjamini-Hochberg: {@code pmin(1, cummin(n / i * p[o]))} over decreasing p. Missing entries give null. */
    public static Double[] benjaminiHochberg(double[] p) {
        return benjaminiHochberg(boxAll(p));
    }

    /** Benjamini-Hochberg adjustment of boxed p-values (null or NaN = missing). */
    public static Double[] benjaminiHochberg(Double[] p) {
        Integer[] order = present(p);
        int n = order.length;
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> p[k]).reversed());
        Double[] out = new Double[p.length];
        double running = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            int rank = n - j;
            running = Math.min(running, (double) n / rank * p[order[j]]);
            out[order[j]] = Math.min(1.0, running);
        }
        return out;
    }

    private static Double[] boxAll(double[] p) {
        Double[] boxed = new Double[p.length];
        for (int k = 0; k < p.length; k++) {
            boxed[k] = p[k];
        }
        return boxed;
    }

    /** Indices of the non-missing entries, in input order (a stable sort then keeps R's tie order). */
    private static Integer[] present(Double[] p) {
        return java.util.stream.IntStream.range(0, p.length)
                .filter(k -> p[k] != null && !Double.isNaN(p[k]))
                .boxed().toArray(Integer[]::new);
    }
}
