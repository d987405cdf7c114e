package org.concord.stats.input;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A rates file read for analysis: every LA's series, found by either of its codes.
 *
 * @param file       the file as the user named it
 * @param shape      {@code tidy} or {@code dfe}
 * @param rateColumn the column the rates were taken from
 * @param las        every LA in the file, in file order
 */
public record Rates(String file, String shape, String rateColumn, List<LaRates> las) {
    /** The tidy shape {@code la_code,year,rate[,la_name]}. */
    public static final String TIDY = "tidy";
    /** The DfE Explore Education Statistics shape. */
    public static final String DFE = "dfe";

    public Rates {
        las = List.copyOf(las);
    }

    /** The series of the LA with this code (new or old code), or null when the file does not have it. */
    public LaRates find(String code) {
        return byCode().get(code);
    }

    /** Every LA by each of its codes (build once when looking up many). */
    public Map<String, LaRates> byCode() {
        Map<String, LaRates> index = new HashMap<>();
        for (LaRates la : las) {
            if (la.altCode() != null && !la.altCode().isBlank()) {
                index.putIfAbsent(la.altCode(), la);
            }
        }
        for (LaRates la : las) {
            index.put(la.code(), la); // a main code wins over another LA's old code
        }
        return Collections.unmodifiableMap(index);
    }

    /** Every year that has at least one rate, ascending. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        las.forEach(la -> years.addAll(la.byYear().keySet()));
        return years;
    }
}
