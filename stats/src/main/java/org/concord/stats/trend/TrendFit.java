package org.concord.stats.trend;

/**
 * Result of fitting a trend to one LA's rates.
 *
 * @param trend      the classification
 * @param slope      OLS slope of rate on year (rate units per year); null with fewer than 3 years
 * @param pctPerYear {@code 100 * slope / mean(rate)}; null when the slope is undefined or the mean rate is 0
 * @param years      number of years with a rate inside the window that entered the fit
 */
public record TrendFit(Trend trend, Double slope, Double pctPerYear, int years) {
}
