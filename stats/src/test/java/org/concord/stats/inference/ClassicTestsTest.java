package org.concord.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Welch, Mann-Whitney, Hedges' g and Cliff's delta against R: {@code reference/inference-expected-r.csv} comes from
 * {@code Rscript inference-reference.R} ({@code t.test(x, y)}, {@code wilcox.test(x, y)} with its defaults, and the
 * design's formulas for g and delta in base R) on {@code inference-data.csv}. Cases cover exact Mann-Whitney (no ties,
 * both n < 50, up to 49 and 49), ties in small groups (then the corrected normal approximation), n >= 50 with and
 * without ties (50 and 49 included), a group of one (no Welch) and all values equal (no Welch, no Mann-Whitney p,
 * no g).
 */
class ClassicTestsTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void everyCaseMatchesR() {
        List<Map<String, String>> expected = ReferenceCsv.rows("inference-expected-r.csv");
        assertThat(expected).hasSize(12);
        for (Map<String, String> e : expected) {
            InferenceData.Case c = InferenceData.get(e.get("case"));
            String what = c.name();

            WelchResult welch = Welch.test(c.x(), c.y());
            Double t = ReferenceCsv.number(e.get("welch_t"));
            if (t == null) {
                assertThat(welch).as(what).isNull();
            } else {
                assertClose(welch.t(), t, what + " t");
                assertClose(welch.df(), ReferenceCsv.number(e.get("welch_df")), what + " df");
                assertClose(welch.p(), ReferenceCsv.number(e.get("welch_p")), what + " welch p");
            }

            MannWhitneyResult mw = MannWhitney.test(c.x(), c.y());
            assertClose(mw.u(), ReferenceCsv.number(e.get("mw_u")), what + " U");
            assertClose(mw.p(), ReferenceCsv.number(e.get("mw_p")), what + " MW p");
            assertThat(mw.method()).as(what).isEqualTo(e.get("mw_method"));

            assertClose(EffectSizes.hedgesG(c.x(), c.y()), ReferenceCsv.number(e.get("hedges_g")), what + " g");
            assertClose(EffectSizes.cliffsDelta(c.x(), c.y()), ReferenceCsv.number(e.get("cliffs_delta")),
                    what + " delta");
        }
    }

    @Test
    void tiesInSmallGroupsUseTheCorrectedNormalApproximation() {
        InferenceData.Case c = InferenceData.get("ties_small");
        assertThat(c.x().length).isLessThan(50);
        assertThat(MannWhitney.test(c.x(), c.y()).method()).isEqualTo(MannWhitney.NORMAL);
    }

    @Test
    void groupsOfFiftyOrMoreUseTheNormalApproximationEvenWithoutTies() {
        InferenceData.Case c = InferenceData.get("large");
        assertThat(MannWhitney.hasTies(c.x(), c.y())).isFalse();
        assertThat(MannWhitney.test(c.x(), c.y()).method()).isEqualTo(MannWhitney.NORMAL);
    }

    @Test
    void essentiallyConstantDataGiveNoWelch() {
        // R: t.test(c(1, 1 + 8e-16, 1), c(2, 2, 2 - 4e-16)) stops with "data are essentially constant"
        assertThat(Welch.test(new double[] {1, 1 + 8e-16, 1}, new double[] {2, 2, 2 - 4e-16})).isNull();
        // R: t.test(c(1, 1, 1), c(2, 2.5, 2))$p.value = 0.019803941180393147 (one constant group is fine)
        assertClose(Welch.test(new double[] {1, 1, 1}, new double[] {2, 2.5, 2}).p(), 0.019803941180393147, "p");
    }

    @Test
    void emptyGroupsGiveNoTest() {
        double[] some = {1, 2, 3};
        assertThat(Welch.test(new double[0], some)).isNull();
        assertThat(MannWhitney.test(some, new double[0])).isNull();
        assertThat(EffectSizes.hedgesG(new double[0], some)).isNull();
        assertThat(EffectSizes.cliffsDelta(some, new double[0])).isNull();
    }

    static void assertClose(Double actual, Double expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE));
        }
    }
}
