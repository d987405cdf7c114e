package org.concord.app.workspace.chart;

/**
 * One LA in a chart.
 *
 * @param laCode     the LA code
 * @param trend      {@code falling}, {@code rising}, {@code stable} or {@code unknown}
 * @param index      the compared index, or null when undefined
 * @param pctPerYear the rate's change in % a year, or null
 * @param included   whether the LA entered the comparison
 */
public record ChartPoint(String laCode, String trend, Double index, Double pctPerYear, boolean included) {
}
