package org.concord.stats.input;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One LA's published rates by year (missing years absent).
 *
 * @param code    the LA code ({@code new_la_code} of a DfE file, {@code la_code} of a tidy file)
 * @param altCode the other code it is known by ({@code old_la_code}), or null
 * @param name    the LA name, or null
 * @param byYear  rate by year, ascending
 */
public record LaRates(String code, String altCode, String name, SortedMap<Integer, Double> byYear) {
    public LaRates {
        byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
    }
}
