package org.concord.stats.input;

import java.util.List;

/**
 * Every respondent of the analysis, grouped by LA (sorted by LA code), read against one form.
 *
 * @param coding the form's item coding (values items are the matrix columns)
 * @param las    the LAs in the responses, sorted by code
 */
public record ResponseSet(ItemCoding coding, List<LaResponses> las) {
    public ResponseSet {
        las = List.copyOf(las);
    }

    /** The total number of respondents. */
    public int respondents() {
        return las.stream().mapToInt(la -> la.nLeaders() + la.nWorkers()).sum();
    }
}
