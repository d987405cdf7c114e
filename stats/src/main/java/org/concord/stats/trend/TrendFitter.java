package org.concord.stats.trend;

import java.util.Map;
import java.util.SortedMap;

/** Classifies an LA's rate series as rising, falling or stable by the OLS slope relative to the mean rate. */
public final class TrendFitter {

    /** Fewer years than this give {@link Trend#UNKNOWN}. */
    public static final int MIN_YEARS = 3;

    private TrendFitter() {
    }

    /**
     * Fits the trend over the years in {@code [fromYear, toYear]} with a non-null, finite rate.
     *
     * @param rateByYear rate per year (null values are missing years)
     * @param band       {@code --stable-band}: rising if pct_per_year >= band, falling if <= -band, else stable
     */
    public static TrendFit fit(SortedMap<Integer, Double> rateByYear, int fromYear, int toYear, double band) {
        int n = 0;
        double[] t = new double[rateByYear.size()];
        double[] r = new double[rateByYear.size()];
        for (Map.Entry<Integer, Double> e : rateByYear.entrySet()) {
            Integer year = e.getKey();
            Double rate = e.getValue();
            if (year == null || year < fromYear || year > toYear || rate == null || !Double.isFinite(rate)) {
                continue;
            }
            t[n] = year;
            r[n] = rate;
            n++;
        }
        if (n < MIN_YEARS) {
            return new TrendFit(Trend.UNKNOWN, null, null, n);
        }
        double tMean = 0;
        double rMean = 0;
        for (int k = 0; k < n; k++) {
            tMean += t[k];
            rMean += r[k];
        }
        tMean /= n;
        rMean /= n;
        // Centred sums: numerically stable for calendar years (~2000) and exact for integer years.
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < n; k++) {
            double dt = t[k] - tMean;
            sxy += dt * (r[k] - rMean);
            sxx += dt * dt;
        }
        double slope = sxy / sxx;
        if (rMean == 0) {
            return new TrendFit(Trend.UNKNOWN, slope, null, n);
        }
        double pct = 100.0 * slope / rMean;
        Trend trend = pct >= band ? Trend.RISING : pct <= -band ? Trend.FALLING : Trend.STABLE;
        return new TrendFit(trend, slope, pct, n);
    }
}
