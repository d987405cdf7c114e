package org.concord.stats.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The factor structure of the values items: which complete respondents enter, the ML fit and varimax rotation, and
 * for each domain whether its items load mainly on one shared factor.
 */
public final class FactorStructure {
    /** The smallest absolute loading that counts as an item belonging to a factor. */
    public static final double SALIENT = 0.3;

    private FactorStructure() {
    }

    /**
     * Fits {@code factors} factors to the complete rows of {@code rows} (respondents by items).
     *
     * @param rows    respondents by items, NaN for a missing answer
     * @param names   item names
     * @param domains each item's domain
     * @param factors the number of factors
     */
    public static FactorResult fit(List<double[]> rows, List<String> names, List<String> domains, int factors) {
        int p = names.size();
        List<double[]> complete = new ArrayList<>();
        for (double[] row : rows) {
            boolean ok = true;
            for (int j = 0; j < p && ok; j++) {
                ok = !Double.isNaN(row[j]);
            }
            if (ok) {
                complete.add(row);
            }
        }
        int n = complete.size();
        if (p < 3) {
            return FactorResult.notFitted(factors, n, "a factor analysis needs at least 3 values items (the form has "
                    + p + ")");
        }
        if (factors < 1) {
            return FactorResult.notFitted(factors, n, "--factors must be at least 1");
        }
        int dof = MlFactorFit.dof(p, factors);
        if (dof < 0) {
            return FactorResult.notFitted(factors, n, factors + " factors cannot be identified from " + p
                    + " items (the model would have " + dof + " degrees of freedom); ask for fewer with --factors");
        }
        if (n < p + 2) {
            return FactorResult.notFitted(factors, n, "too few complete respondents for the factor analysis (" + n
                    + "; it needs at least " + (p + 2) + " for " + p + " items)");
        }
        double[][] x = complete.toArray(new double[0][]);
        for (int j = 0; j < p; j++) {
            double first = x[0][j];
            boolean varies = false;
            for (double[] row : x) {
                varies |= row[j] != first;
            }
            if (!varies) {
                return FactorResult.notFitted(factors, n, "item " + names.get(j) + " has the same answer from every "
                        + "complete respondent, so the items' correlations are undefined and no factor analysis is "
                        + "possible");
            }
        }
        RealMatrix r = SampleCovariance.correlation(SampleCovariance.of(x));
        if (!new LUDecomposition(r).getSolver().isNonSingular()) {
            return FactorResult.notFitted(factors, n, "the items' correlation matrix is singular (an item is a "
                    + "linear combination of others), so no factor analysis is possible");
        }
        MlFactorFit.Fit fit = MlFactorFit.fit(r, n, factors);
        double[][] rotated = Varimax.rotate(fit.loadings());
        List<FactorResult.Item> items = new ArrayList<>();
        List<String> order = domainOrder(domains);
        for (String domain : order) {
            for (int j = 0; j < p; j++) {
                if (domain.equals(domains.get(j))) {
                    List<Double> l = new ArrayList<>();
                    int best = 0;
                    for (int f = 0; f < factors; f++) {
                        l.add(rotated[j][f]);
                        if (Math.abs(rotated[j][f]) > Math.abs(rotated[j][best])) {
                            best = f;
                        }
                    }
                    items.add(new FactorResult.Item(names.get(j), domain, l, fit.uniquenesses()[j], best + 1));
                }
            }
        }
        String note = fit.converged() ? null : "the factor analysis did not converge; its figures are those of the "
                + "last step and should not be used";
        return new FactorResult(factors, n, items, fit.chisq(), fit.dof(), fit.p(), fit.converged(),
                domains(items, order), note);
    }

    private static List<String> domainOrder(List<String> domains) {
        List<String> order = new ArrayList<>();
        for (String d : domains) {
            if (!order.contains(d)) {
                order.add(d);
            }
        }
        return order;
    }

    /** Per domain: the factor most of its items load on most, and the items that stray from it. */
    private static List<FactorResult.Domain> domains(List<FactorResult.Item> items, List<String> order) {
        List<FactorResult.Domain> out = new ArrayList<>();
        for (String domain : order) {
            Map<Integer, Integer> counts = new LinkedHashMap<>();
            for (FactorResult.Item it : items) {
                if (domain.equals(it.domain())) {
                    counts.merge(it.factor(), 1, Integer::sum);
                }
            }
            int main = counts.entrySet().stream().max((a, b) -> a.getValue() != b.getValue().intValue()
                    ? Integer.compare(a.getValue(), b.getValue()) : Integer.compare(b.getKey(), a.getKey()))
                    .orElseThrow().getKey();
            List<String> strays = new ArrayList<>();
            for (FactorResult.Item it : items) {
                if (domain.equals(it.domain())
                        && (it.factor() != main || Math.abs(it.loadings().get(main - 1)) < SALIENT)) {
                    strays.add(it.name());
                }
            }
            out.add(new FactorResult.Domain(domain, main, strays.isEmpty(), strays));
        }
        return out;
    }
}
