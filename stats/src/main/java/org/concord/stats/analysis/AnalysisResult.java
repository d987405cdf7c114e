package org.concord.stats.analysis;

import java.util.List;
import org.concord.stats.models.ModelsResult;

/**
 * The result of {@code concord analyse}: what the JSON holds (parameters, LAs, ICC, comparison, items, notes) plus
 * the rate series of the Trends sheet.
 *
 * @param parameters every parameter and input
 * @param las        every LA in the responses, sorted by code
 * @param icc        ICC(1) and ICC(2) of respondents' mean values score
 * @param comparison the comparison of the chosen index
 * @param items      the item table
 * @param notes      plain-words notes (e.g. an empty comparison group); empty when there is nothing to say
 * @param series     each LA's rates in the window (not in the JSON)
 * @param models     scales, factor structure, multilevel and logistic models; null when they were not run
 */
public record AnalysisResult(Parameters parameters, List<LaResult> las, IccSummary icc, ComparisonSummary comparison,
                             List<ItemRow> items, List<String> notes, List<LaSeries> series, ModelsResult models) {
    public AnalysisResult {
        las = List.copyOf(las);
        items = List.copyOf(items);
        notes = List.copyOf(notes);
        series = List.copyOf(series);
    }

    /** A result without models. */
    public AnalysisResult(Parameters parameters, List<LaResult> las, IccSummary icc, ComparisonSummary comparison,
                          List<ItemRow> items, List<String> notes, List<LaSeries> series) {
        this(parameters, las, icc, comparison, items, notes, series, null);
    }

    /**
     * ICC of respondents' mean values score across LAs.
     *
     * @param icc1        ICC(1), or null
     * @param icc2        ICC(2), or null
     * @param respondents respondents with a mean score
     * @param groups      LAs they belong to
     */
    public record IccSummary(Double icc1, Double icc2, int respondents, int groups) {
    }
}
