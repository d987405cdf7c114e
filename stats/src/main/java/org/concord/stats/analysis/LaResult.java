package org.concord.stats.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One LA of the analysis: respondents, trend, indices, and whether it entered the comparison.
 *
 * @param laCode         the LA code of the responses
 * @param laName         the LA name (responses or rates file), or null
 * @param nLeaders       leaders
 * @param nWorkers       workers
 * @param trend          {@code rising}, {@code falling}, {@code stable} or {@code unknown}
 * @param slope          OLS slope of rate on year, or null
 * @param pctPerYear     {@code 100 * slope / mean(rate)}, or null
 * @param included       true when the LA entered the comparison
 * @param excludedReason why it did not, in plain words; null when included
 * @param indices        every index of {@link Indices#NAMES} (values may be null)
 */
public record LaResult(String laCode, String laName, int nLeaders, int nWorkers, String trend, Double slope,
                       Double pctPerYear, boolean included, String excludedReason, Map<String, Double> indices) {
    public LaResult {
        indices = Collections.unmodifiableMap(new LinkedHashMap<>(indices));
    }

    /** The value of one index, or null when undefined. */
    public Double index(String name) {
        return indices.get(name);
    }
}
