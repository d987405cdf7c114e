package org.concord.stats.agreement;

/**
 * Computes the per-LA agreement indices of the design ("Statistics", "Per-LA indices").
 *
 * <p>Input matrices have one row per respondent and one column per values item (after reverse-scoring), with
 * {@code Double.NaN} for a missing answer. Both matrices must have the same number of columns.
 */
public final class AgreementIndices {

    private AgreementIndices() {
    }

    /**
     * Computes every index for one LA.
     *
     * @param leaders     leaders' answers (rows = leaders), may have no rows
     * @param workers     workers' answers (rows = workers), may have no rows
     * @param scalePoints A, the number of options of the values scale (at least 2); null variance is (A^2 - 1)/12
     */
    public static LaIndices compute(double[][] leaders, double[][] workers, int scalePoints) {
        if (scalePoints < 2) {
            throw new IllegalArgumentException("scale needs at least 2 points, got " + scalePoints);
        }
        int items = columns(leaders, workers);
        double[] leaderMeans = itemMeans(leaders, items);
        double[] workerMeans = itemMeans(workers, items);
        double[] person = personIndices(workers, leaderMeans);
        double[] group = groupIndices(workerMeans, leaderMeans);
        double[] within = withinAgreement(leaders, workers, items, scalePoints);
        return new LaIndices(box(person[0]), box(person[1]), box(group[0]), box(group[1]), box(group[2]),
                box(within[0]), box(within[1]), box(within[2]));
    }

    private static int columns(double[][] leaders, double[][] workers) {
        int items = -1;
        for (double[][] m : new double[][][] {leaders, workers}) {
            for (double[] row : m) {
                if (items < 0) {
                    items = row.length;
                } else if (row.length != items) {
                    throw new IllegalArgumentException("rows differ in length: " + row.length + " vs " + items);
                }
            }
        }
        return Math.max(items, 0);
    }

    /** Item means over non-missing answers; NaN where nobody answered. */
    static double[] itemMeans(double[][] rows, int items) {
        double[] means = new double[items];
        for (int i = 0; i < items; i++) {
            double sum = 0;
            int n = 0;
            for (double[] row : rows) {
                if (!Double.isNaN(row[i])) {
                    sum += row[i];
                    n++;
                }
            }
            means[i] = n == 0 ? Double.NaN : sum / n;
        }
        return means;
    }

    /**
     * person_mad and person_d2. A worker counts only if they answered at least one item with a leader mean: a worker
     * with no comparable item has no deviation to report (and a sum over nothing would pretend perfect agreement).
     */
    private static double[] personIndices(double[][] workers, double[] leaderMeans) {
        double madSum = 0;
        double d2Sum = 0;
        int counted = 0;
        for (double[] row : workers) {
            double abs = 0;
            double sq = 0;
            int n = 0;
            for (int i = 0; i < leaderMeans.length; i++) {
                if (Double.isNaN(row[i]) || Double.isNaN(leaderMeans[i])) {
                    continue;
                }
                double d = row[i] - leaderMeans[i];
                abs += Math.abs(d);
                sq += d * d;
                n++;
            }
            if (n > 0) {
                madSum += abs / n;
                d2Sum += sq;
                counted++;
            }
        }
        if (counted == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {madSum / counted, d2Sum / counted};
    }

    /** group_mad, group_d and profile_r over the items where both the worker and the leader mean exist. */
    private static double[] groupIndices(double[] workerMeans, double[] leaderMeans) {
        int items = leaderMeans.length;
        double[] w = new double[items];
        double[] l = new double[items];
        int n = 0;
        for (int i = 0; i < items; i++) {
            if (!Double.isNaN(workerMeans[i]) && !Double.isNaN(leaderMeans[i])) {
                w[n] = workerMeans[i];
                l[n] = leaderMeans[i];
                n++;
            }
        }
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double abs = 0;
        double sq = 0;
        for (int k = 0; k < n; k++) {
            double d = w[k] - l[k];
            abs += Math.abs(d);
            sq += d * d;
        }
        return new double[] {abs / n, Math.sqrt(sq), pearson(w, l, n)};
    }

    /** Pearson r of the first n values; NaN with fewer than 2 values or when either profile is flat. */
    static double pearson(double[] a, double[] b, int n) {
        if (n < 2 || flat(a, n) || flat(b, n)) {
            return Double.NaN;
        }
        double ma = 0;
        double mb = 0;
        for (int k = 0; k < n; k++) {
            ma += a[k];
            mb += b[k];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int k = 0; k < n; k++) {
            double da = a[k] - ma;
            double db = b[k] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /** Flat = all values identical; tested exactly because equal means of integer answers are identical doubles. */
    private static boolean flat(double[] v, int n) {
        for (int k = 1; k < n; k++) {
            if (v[k] != v[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * rwg_j, rwg_j_lindell and ad_mean over all respondents of both roles, exactly as multilevel 2.7's
     * {@code rwg.j}, {@code rwg.j.lindell} and {@code ad.m}: listwise deletion ({@code na.exclude}), undefined with
     * fewer than 2 respondents left; S = mean of the item variances (n - 1); rwg.j truncates S at the null variance.
     */
    private static double[] withinAgreement(double[][] leaders, double[][] workers, int items, int scalePoints) {
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        if (items == 0) {
            return none;
        }
        double[][] complete = new double[leaders.length + workers.length][];
        int n = 0;
        for (double[][] m : new double[][][] {leaders, workers}) {
            for (double[] row : m) {
                if (isComplete(row)) {
                    complete[n++] = row;
                }
            }
        }
        if (n < 2) {
            return none;
        }
        double varSum = 0;
        double adSum = 0;
        for (int i = 0; i < items; i++) {
            double mean = 0;
            for (int r = 0; r < n; r++) {
                mean += complete[r][i];
            }
            mean /= n;
            double ss = 0;
            double abs = 0;
            for (int r = 0; r < n; r++) {
                double d = complete[r][i] - mean;
                ss += d * d;
                abs += Math.abs(d);
            }
            varSum += ss / (n - 1);
            adSum += abs / n;
        }
        double s = varSum / items;
        double nullVariance = ((double) scalePoints * scalePoints - 1) / 12.0;
        double lindell = 1 - s / nullVariance;
        double ratio = Math.min(s, nullVariance) / nullVariance;
        double rwg = items * (1 - ratio) / (items * (1 - ratio) + ratio);
        return new double[] {rwg, lindell, adSum / items};
    }

    private static boolean isComplete(double[] row) {
        for (double v : row) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    static Double box(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
