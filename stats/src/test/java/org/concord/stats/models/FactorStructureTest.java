package org.concord.stats.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ML factor analysis with varimax against R: expected loadings and uniquenesses are
 * {@code reference/models/factors-*-expected-loadings.csv}, the chi-square test {@code factors-expected.csv}, all
 * written by {@code Rscript models-reference.R} with {@code factanal(x, factors = 3, rotation = "varimax")}.
 * Loadings match up to the order and sign of the factors, within 2e-3 (design: an optimiser's result).
 */
class FactorStructureTest {
    private static final double LOADING_TOL = 2e-3;

    private static FactorResult fit(String data, List<String> domains, int q) {
        List<String> cols = ModelsReference.columns(data);
        double[][] x = ModelsReference.matrix(data, cols);
        return FactorStructure.fit(Arrays.asList(x), cols, domains, q);
    }

    /** Expected loadings (items x factors) of a case. */
    private static double[][] expectedLoadings(String caseName, int q) {
        List<Map<String, String>> rows = ModelsReference.rows("factors-" + caseName + "-expected-loadings.csv");
        double[][] l = new double[rows.size()][q];
        for (int i = 0; i < rows.size(); i++) {
            for (int f = 0; f < q; f++) {
                l[i][f] = Double.parseDouble(rows.get(i).get("F" + (f + 1)));
            }
        }
        return l;
    }

    private static double[][] loadings(FactorResult r) {
        return r.items().stream().map(it -> it.loadings().stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
    }

    /** The expected factor (with its sign) matched to each factor of ours, by largest absolute congruence. */
    private static int[] match(double[][] ours, double[][] expected) {
        int q = ours[0].length;
        int[] m = new int[q];
        for (int f = 0; f < q; f++) {
            int best = 0;
            double bestC = 0;
            for (int g = 0; g < q; g++) {
                double c = Congruence.tucker(column(ours, f), column(expected, g));
                if (Math.abs(c) > Math.abs(bestC)) {
                    bestC = c;
                    best = g;
                }
            }
            m[f] = bestC < 0 ? -(best + 1) : best + 1;
        }
        return m;
    }

    static double[] column(double[][] m, int f) {
        return Arrays.stream(m).mapToDouble(r -> r[f]).toArray();
    }

    private static void assertMatchesR(String caseName, List<String> domains) {
        FactorResult r = fit("factors-" + caseName + "-data.csv", domains, 3);
        Map<String, Double> e = ModelsReference.expected("factors-expected.csv", caseName);
        assertThat(r.note()).as("note").isNull();
        assertThat((double) r.n()).as("n").isEqualTo(e.get("n"));
        assertThat(r.dof()).as("dof").isEqualTo(e.get("dof").intValue());
        assertThat(r.converged()).as("converged").isTrue();
        assertThat(r.chisq()).as("chisq").isCloseTo(e.get("chisq"), within(0.05));
        assertThat(r.p()).as("p").isCloseTo(e.get("p"), within(2e-3));
        double[][] ours = loadings(r);
        double[][] expected = expectedLoadings(caseName, 3);
        List<Map<String, String>> rows = ModelsReference.rows("factors-" + caseName + "-expected-loadings.csv");
        int[] m = match(ours, expected);
        assertThat(Arrays.stream(m).map(Math::abs).sorted().toArray()).as("factor matching").containsExactly(1, 2, 3);
        for (int i = 0; i < ours.length; i++) {
            assertThat(r.items().get(i).name()).as("item order (sorted by domain = R's order here)")
                    .isEqualTo(rows.get(i).get("item"));
            assertThat(r.items().get(i).uniqueness()).as("uniqueness " + rows.get(i).get("item"))
                    .isCloseTo(Double.parseDouble(rows.get(i).get("uniqueness")), within(LOADING_TOL));
            for (int f = 0; f < 3; f++) {
                double sign = Math.signum(m[f]);
                assertThat(ours[i][f]).as("loading " + rows.get(i).get("item") + " F" + (f + 1))
                        .isCloseTo(sign * expected[i][Math.abs(m[f]) - 1], within(LOADING_TOL));
            }
        }
    }

    private static List<String> domains(int factors, int perFactor) {
        List<String> d = new ArrayList<>();
        for (int f = 0; f < factors; f++) {
            for (int i = 0; i < perFactor; i++) {
                d.add("domain " + (char) ('A' + f));
            }
        }
        return d;
    }

    @Test
    void aCleanStructureMatchesFactanalAndEveryDomainHoldsTogether() {
        assertMatchesR("clean", domains(3, 4));
        FactorResult r = fit("factors-clean-data.csv", domains(3, 4), 3);
        assertThat(r.domains()).extracting(FactorResult.Domain::holdsTogether).containsOnly(true);
        assertThat(r.domains()).extracting(FactorResult.Domain::factor).doesNotHaveDuplicates();
    }

    /**
     * The data set generated with known loadings ({@code factors-known-true-loadings.csv}, 1..5 answers from them)
     * is recovered: Tucker's congruence of every matched factor with the true one is above 0.95.
     */
    @Test
    void aKnownStructureIsRecoveredWithCongruenceAbove095() {
        assertMatchesR("known", domains(3, 6));
        FactorResult r = fit("factors-known-data.csv", domains(3, 6), 3);
        double[][] ours = loadings(r);
        double[][] truth = ModelsReference.matrix("factors-known-true-loadings.csv", List.of("F1", "F2", "F3"));
        int[] m = match(ours, truth);
        for (int f = 0; f < 3; f++) {
            double c = Math.abs(Congruence.tucker(column(ours, f), column(truth, Math.abs(m[f]) - 1)));
            assertThat(c).as("Tucker's congruence of factor " + (f + 1) + " with true factor " + Math.abs(m[f]))
                    .isGreaterThan(0.95);
        }
        assertThat(r.domains()).extracting(FactorResult.Domain::holdsTogether).containsOnly(true);
    }

    /** factanal refuses with "3 factors are too many for 5 variables" (printed by the script); Concord: null + note. */
    @Test
    void aModelThatCannotBeIdentifiedIsNullWithANote() {
        List<String> cols = ModelsReference.columns("factors-clean-data.csv").subList(0, 5);
        double[][] x = ModelsReference.matrix("factors-clean-data.csv", cols);
        FactorResult r = FactorStructure.fit(Arrays.asList(x), cols, domains(1, 5), 3);
        assertThat(r.items()).as("loadings").isNull();
        assertThat(r.chisq()).as("chisq").isNull();
        assertThat(r.note()).as("note").contains("cannot be identified").contains("-2 degrees of freedom");
    }

    @Test
    void tooFewRespondentsIsNullWithANote() {
        List<String> cols = ModelsReference.columns("factors-clean-data.csv");
        double[][] x = Arrays.copyOf(ModelsReference.matrix("factors-clean-data.csv", cols), 10);
        FactorResult r = FactorStructure.fit(Arrays.asList(x), cols, domains(3, 4), 3);
        assertThat(r.items()).as("loadings").isNull();
        assertThat(r.note()).as("note").contains("too few complete respondents").contains("(10; it needs at least 14");
    }

    @Test
    void anItemWithoutVarianceIsNullWithANote() {
        List<String> cols = ModelsReference.columns("factors-clean-data.csv");
        double[][] x = ModelsReference.matrix("factors-clean-data.csv", cols);
        for (double[] row : x) {
            row[4] = 3;
        }
        FactorResult r = FactorStructure.fit(Arrays.asList(x), cols, domains(3, 4), 3);
        assertThat(r.items()).as("loadings").isNull();
        assertThat(r.note()).as("note").contains("item c5 has the same answer");
    }
}
