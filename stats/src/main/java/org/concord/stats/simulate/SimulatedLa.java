package org.concord.stats.simulate;

import java.util.List;

/**
 * One synthetic local authority.
 *
 * @param code        a synthetic code such as {@code X0001} (never a real LA code)
 * @param name        a synthetic name such as {@code Simulated LA 0001}
 * @param trend       the trend its rates were generated with
 * @param pctPerYear  the true percentage change of its rate per year
 * @param distance    its true worker-leader distance d (mean absolute latent shift per item, scale points)
 * @param rates       its rates series, one per year in order
 */
public record SimulatedLa(String code, String name, SimulatedTrend trend, double pctPerYear, double distance,
                          List<RatePoint> rates) {
    public SimulatedLa {
        rates = List.copyOf(rates);
    }

    /** One year's rate (per 10,000 children). */
    public record RatePoint(int year, double rate) {
    }
}
