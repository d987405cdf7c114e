package org.concord.stats.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Swing-free view model of the workspace's "Scales and models" view. */
class ModelsViewTest {
    @Test
    void theHeatMapRunsFromOrangeThroughWhiteToBlueAsTheWorkbooksColourScale() {
        assertThat(Integer.toHexString(ModelsView.colour(0))).as("0").isEqualTo("ffffff");
        assertThat(Integer.toHexString(ModelsView.colour(1))).as("+1").isEqualTo("72b2");
        assertThat(Integer.toHexString(ModelsView.colour(-1))).as("-1").isEqualTo("e69f00");
        assertThat(Integer.toHexString(ModelsView.colour(2))).as("clamped").isEqualTo("72b2");
        assertThat(Integer.toHexString(ModelsView.colour(0.5))).as("+0.5").isEqualTo("80b9d9");
    }

    @Test
    void aViewHoldsEveryScaleAndTheNotesOfModelsThatWereNotFitted() {
        ScaleStats stats = new ScaleStats(2, 10, 0.8, 0.81, 0.68, 0.5, 0.9,
                List.of(new ScaleStats.Item(0.7, null), new ScaleStats.Item(0.7, null)));
        ModelsResult m = new ModelsResult(List.of(new ScaleResult("all", "all", List.of("a", "b"), stats, null)),
                FactorResult.notFitted(2, 10, "too few items"), MultilevelResult.notFitted(10, 2, "too few LAs"),
                LogisticResult.notFitted(2, 1, "too few LAs for the logistic model"));
        ModelsView v = ModelsView.of(m);
        assertThat(v.scales()).as("scale rows")
                .containsExactly(new ModelsView.ScaleRow("all", "all", 2, 10, 0.8, 0.81, 0.5, 0.9));
        assertThat(v.heatMap()).as("heat-map of a factor analysis not fitted").isEmpty();
        assertThat(v.notes()).as("notes").containsExactly("too few items", "too few LAs",
                "too few LAs for the logistic model");
    }
}
