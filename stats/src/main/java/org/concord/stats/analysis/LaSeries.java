package org.concord.stats.analysis;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One LA's rate series in the trend window, for the Trends sheet.
 *
 * @param laCode the LA code of the responses
 * @param laName the name, or null
 * @param rates  rate by year within the window (missing years absent)
 * @param trend  the trend label
 * @param years  the number of years the trend was fitted on
 */
public record LaSeries(String laCode, String laName, SortedMap<Integer, Double> rates, String trend, int years) {
    public LaSeries {
        rates = Collections.unmodifiableSortedMap(new TreeMap<>(rates));
    }
}
