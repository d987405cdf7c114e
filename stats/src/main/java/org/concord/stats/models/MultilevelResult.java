package org.concord.stats.models;

/**
 * The multilevel model {@code y ~ rising + (1 | LA)} (design, "Models"); every figure is null when the model was not
 * fitted, and {@code note} then says why.
 *
 * @param n         workers in the model
 * @param groups    LAs in the model
 * @param intercept the intercept (falling LAs' expected distance)
 * @param rising    the effect of a rising LA
 * @param tau2      LA (random intercept) variance, REML
 * @param sigma2    residual variance, REML
 * @param icc       {@code tau2 / (tau2 + sigma2)}
 * @param singular  true when the fit is singular (tau2 = 0, as {@code lme4::isSingular})
 * @param reml      the REML criterion at the optimum
 * @param lrt       likelihood-ratio test of ML fits with and without {@code rising}
 * @param note      why figures are missing or need care, or null
 */
public record MultilevelResult(int n, int groups, Fixed intercept, Fixed rising, Double tau2, Double sigma2,
                               Double icc, Boolean singular, Double reml, Lrt lrt, String note) {

    /** A result with no figures and the reason. */
    public static MultilevelResult notFitted(int n, int groups, String note) {
        return new MultilevelResult(n, groups, null, null, null, null, null, null, null, null, note);
    }

    /**
     * One fixed effect with its Satterthwaite test, as {@code lmerTest}.
     *
     * @param estimate estimate
     * @param se       standard error
     * @param t        t value
     * @param df       Satterthwaite degrees of freedom
     * @param p        two-sided p
     */
    public record Fixed(Double estimate, Double se, Double t, Double df, Double p) {
    }

    /**
     * The likelihood-ratio test of {@code anova(m0, m1)} (ML refits).
     *
     * @param chisq chi-square (difference of ML deviances)
     * @param df    degrees of freedom (1)
     * @param p     upper-tail p
     */
    public record Lrt(Double chisq, int df, Double p) {
    }
}
