package org.concord.stats.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The multilevel model against R: expected values are {@code reference/models/multilevel-expected.csv}, written by
 * {@code Rscript models-reference.R}: {@code lmerTest::lmer(y ~ rising + (1 | la), REML = TRUE)} (estimates, SE,
 * Satterthwaite df, t, p from {@code summary()}; tau2 and sigma2 from {@code VarCorr}; {@code isSingular};
 * {@code REMLcrit}) and {@code anova(m0, m1)} of ML fits. Tolerances of the design: estimates and SE 1e-5, df and p
 * 1e-3.
 */
class MultilevelModelTest {
    private static MultilevelResult fit(String data) {
        List<Map<String, String>> rows = ModelsReference.rows(data);
        double[] y = new double[rows.size()];
        double[] rising = new double[rows.size()];
        int[] la = new int[rows.size()];
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            y[i] = Double.parseDouble(r.get("y"));
            rising[i] = Double.parseDouble(r.get("rising"));
            if (!codes.contains(r.get("la"))) {
                codes.add(r.get("la"));
            }
            la[i] = codes.indexOf(r.get("la"));
        }
        return MultilevelModel.fit(y, rising, la, codes.size());
    }

    private static void assertMatchesR(String data, String caseName) {
        MultilevelResult m = fit(data);
        Map<String, Double> e = ModelsReference.expected("multilevel-expected.csv", caseName);
        MultilevelResult.Fixed[] fixed = {m.intercept(), m.rising()};
        String[] names = {"intercept", "rising"};
        for (int k = 0; k < 2; k++) {
            String n = names[k];
            assertThat(fixed[k].estimate()).as(n + " estimate").isCloseTo(e.get(n + ".estimate"), within(1e-5));
            assertThat(fixed[k].se()).as(n + " se").isCloseTo(e.get(n + ".se"), within(1e-5));
            assertThat(fixed[k].t()).as(n + " t").isCloseTo(e.get(n + ".t"), within(1e-3));
            assertThat(fixed[k].df()).as(n + " df").isCloseTo(e.get(n + ".df"), within(1e-3));
            assertThat(fixed[k].p()).as(n + " p").isCloseTo(e.get(n + ".p"), within(1e-3));
        }
        assertThat(m.tau2()).as("tau2").isCloseTo(e.get("tau2"), within(1e-5));
        assertThat(m.sigma2()).as("sigma2").isCloseTo(e.get("sigma2"), within(1e-5));
        assertThat(m.icc()).as("icc").isCloseTo(e.get("icc"), within(1e-5));
        assertThat(m.singular()).as("singular").isEqualTo(e.get("singular") == 1);
        assertThat(m.reml()).as("REML criterion").isCloseTo(e.get("reml"), within(1e-5));
        assertThat(m.lrt().chisq()).as("LRT chisq").isCloseTo(e.get("lrt.chisq"), within(1e-5));
        assertThat((double) m.lrt().df()).as("LRT df").isEqualTo(e.get("lrt.df"));
        assertThat(m.lrt().p()).as("LRT p").isCloseTo(e.get("lrt.p"), within(1e-3));
    }

    @Test
    void workersClusteredInLasMatchLmerAndLmerTest() {
        assertMatchesR("multilevel-data.csv", "clustered");
        assertThat(fit("multilevel-data.csv").note()).as("note").isNull();
    }

    @Test
    void aSingularFitMatchesLmerAndSaysSo() {
        assertMatchesR("multilevel-singular-data.csv", "singular");
        assertThat(fit("multilevel-singular-data.csv").note()).as("note").startsWith("singular fit");
    }

    @Test
    void twoLasAreTooFew() {
        MultilevelResult m = MultilevelModel.fit(new double[] {1, 2, 3, 4}, new double[] {0, 0, 1, 1},
                new int[] {0, 0, 1, 1}, 2);
        assertThat(m.rising()).as("rising").isNull();
        assertThat(m.note()).as("note").contains("too few LAs for the multilevel model (2;");
    }

    @Test
    void noRisingLaIsTooFew() {
        MultilevelResult m = MultilevelModel.fit(new double[] {1, 2, 3, 4, 5, 6}, new double[6],
                new int[] {0, 0, 1, 1, 2, 2}, 3);
        assertThat(m.tau2()).as("tau2").isNull();
        assertThat(m.note()).as("note").contains("with falling and rising LAs among them");
    }
}
