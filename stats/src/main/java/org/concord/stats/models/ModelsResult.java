package org.concord.stats.models;

import java.util.List;

/**
 * Everything the models add to an analysis (design, "Models"): the scales, the factor structure, and the multilevel
 * and logistic models of the question.
 *
 * @param scales     one per domain plus {@code all}, each for all respondents, leaders and workers
 * @param factors    the factor structure
 * @param multilevel the multilevel model
 * @param logistic   the logistic model
 */
public record ModelsResult(List<ScaleResult> scales, FactorResult factors, MultilevelResult multilevel,
                           LogisticResult logistic) {
    public ModelsResult {
        scales = List.copyOf(scales);
    }
}
