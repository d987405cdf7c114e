package org.concord.stats.models;

import java.util.List;

/**
 * The factor structure of the values items (design, "Models"): ML factor analysis with varimax rotation as
 * {@code stats::factanal}. When it cannot be fitted every figure is null and {@code note} says why.
 *
 * @param factors      the number of factors asked for
 * @param n            complete respondents
 * @param items        the items with their domain, loadings and uniqueness, sorted by domain (form order within)
 * @param chisq        chi-square statistic of the test that {@code factors} factors are sufficient
 * @param dof          its degrees of freedom
 * @param p            its upper-tail p
 * @param converged    whether the optimiser converged
 * @param domains      per domain, whether its items load mainly on one shared factor
 * @param note         why figures are missing or need care, or null
 */
public record FactorResult(int factors, int n, List<Item> items, Double chisq, Integer dof, Double p,
                           Boolean converged, List<Domain> domains, String note) {
    public FactorResult {
        items = items == null ? null : List.copyOf(items);
        domains = domains == null ? null : List.copyOf(domains);
    }

    /** A result with no figures and the reason. */
    public static FactorResult notFitted(int factors, int n, String note) {
        return new FactorResult(factors, n, null, null, null, null, null, null, note);
    }

    /**
     * One item.
     *
     * @param name       item name
     * @param domain     its domain in the form
     * @param loadings   rotated loadings on factors 1..q
     * @param uniqueness its uniqueness
     * @param factor     the factor (1-based) with its largest absolute loading
     */
    public record Item(String name, String domain, List<Double> loadings, double uniqueness, int factor) {
        public Item {
            loadings = List.copyOf(loadings);
        }
    }

    /**
     * One domain's structure.
     *
     * @param domain        the domain
     * @param factor        the factor (1-based) most of its items load on most
     * @param holdsTogether true when every item loads most on that factor, at least {@link FactorStructure#SALIENT}
     * @param strays        the items that do not
     */
    public record Domain(String domain, int factor, boolean holdsTogether, List<String> strays) {
        public Domain {
            strays = List.copyOf(strays);
        }
    }
}
