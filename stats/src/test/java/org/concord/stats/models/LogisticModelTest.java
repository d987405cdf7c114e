package org.concord.stats.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The logistic model against R: expected values are {@code reference/models/logistic-expected.csv}, written by
 * {@code Rscript models-reference.R} with {@code glm(falling ~ index, family = binomial)} ({@code summary()}
 * coefficients, {@code exp(b)} and its Wald interval with {@code qnorm(0.975)}, {@code deviance}, {@code null.deviance},
 * {@code AIC}, {@code iter}). Tolerance 1e-6 (design).
 */
class LogisticModelTest {
    private static LogisticResult fit(String data) {
        List<Map<String, String>> rows = ModelsReference.rows(data);
        double[] y = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("falling"))).toArray();
        double[] x = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("index"))).toArray();
        return LogisticModel.fit(y, x);
    }

    @Test
    void overlappingGroupsMatchGlm() {
        LogisticResult m = fit("logistic-data.csv");
        Map<String, Double> e = ModelsReference.expected("logistic-expected.csv", "overlap");
        LogisticResult.Coefficient[] c = {m.intercept(), m.index()};
        String[] names = {"intercept", "index"};
        for (int k = 0; k < 2; k++) {
            String n = names[k];
            assertThat(c[k].estimate()).as(n + " estimate").isCloseTo(e.get(n + ".estimate"), within(1e-6));
            assertThat(c[k].se()).as(n + " se").isCloseTo(e.get(n + ".se"), within(1e-6));
            assertThat(c[k].z()).as(n + " z").isCloseTo(e.get(n + ".z"), within(1e-6));
            assertThat(c[k].p()).as(n + " p").isCloseTo(e.get(n + ".p"), within(1e-6));
        }
        assertThat(m.oddsRatio()).as("odds ratio").isCloseTo(e.get("odds_ratio"), within(1e-6));
        assertThat(m.oddsRatioLow()).as("odds ratio low").isCloseTo(e.get("or_low"), within(1e-6));
        assertThat(m.oddsRatioHigh()).as("odds ratio high").isCloseTo(e.get("or_high"), within(1e-6));
        assertThat(m.deviance()).as("deviance").isCloseTo(e.get("deviance"), within(1e-6));
        assertThat(m.nullDeviance()).as("null deviance").isCloseTo(e.get("null_deviance"), within(1e-6));
        assertThat(m.aic()).as("AIC").isCloseTo(e.get("aic"), within(1e-6));
        assertThat((double) m.iterations()).as("iterations").isEqualTo(e.get("iterations"));
        assertThat(m.separation()).as("separation").isFalse();
        assertThat(m.converged()).as("converged").isTrue();
        assertThat(m.note()).as("note").isNull();
    }

    /**
     * Perfect separation: glm also stops after 25 iterations without converging, with fitted probabilities 0 and 1.
     * The flag, the deviances and the AIC match R; the diverging coefficients are reported but flagged.
     */
    @Test
    void separationIsFlaggedAndTheDeviancesMatchGlm() {
        LogisticResult m = fit("logistic-separation-data.csv");
        Map<String, Double> e = ModelsReference.expected("logistic-expected.csv", "separation");
        assertThat(m.separation()).as("separation").isTrue();
        assertThat(e.get("separation")).as("R's flag").isEqualTo(1.0);
        assertThat(m.deviance()).as("deviance").isCloseTo(e.get("deviance"), within(1e-6));
        assertThat(m.nullDeviance()).as("null deviance").isCloseTo(e.get("null_deviance"), within(1e-6));
        assertThat(m.aic()).as("AIC").isCloseTo(e.get("aic"), within(1e-6));
        assertThat((double) m.iterations()).as("iterations").isEqualTo(e.get("iterations"));
        assertThat(m.index().estimate()).as("index estimate").isCloseTo(e.get("index.estimate"), within(1e-6));
        assertThat(m.intercept().estimate()).as("intercept estimate")
                .isCloseTo(e.get("intercept.estimate"), within(1e-6));
        assertThat(m.note()).as("note").contains("cannot be trusted");
    }

    @Test
    void oneGroupOnlyIsNotFitted() {
        LogisticResult m = LogisticModel.fit(new double[] {1, 1, 1}, new double[] {0.5, 0.6, 0.7});
        assertThat(m.index()).as("coefficient").isNull();
        assertThat(m.note()).as("note").contains("too few LAs for the logistic model (3 falling, 0 rising");
    }
}
