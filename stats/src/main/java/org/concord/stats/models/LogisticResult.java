package org.concord.stats.models;

/**
 * The logistic model {@code glm(falling ~ index, family = binomial)} of the compared LAs (design, "Models"); every
 * figure is null when the model was not fitted, and {@code note} then says why.
 *
 * @param n            LAs in the model
 * @param nFalling     of which falling (y = 1)
 * @param intercept    the intercept
 * @param index        the coefficient of the compared index
 * @param oddsRatio    {@code exp(b_index)}
 * @param oddsRatioLow Wald 95% interval of the odds ratio, low
 * @param oddsRatioHigh Wald 95% interval of the odds ratio, high
 * @param deviance     residual deviance
 * @param nullDeviance null deviance
 * @param aic          AIC
 * @param iterations   IRLS iterations (Fisher scoring iterations of R's summary)
 * @param converged    true when IRLS converged within 25 iterations
 * @param separation   true when a fitted probability is within 1e-8 of 0 or 1
 * @param note         why figures are missing or need care, or null
 */
public record LogisticResult(int n, int nFalling, Coefficient intercept, Coefficient index, Double oddsRatio,
                             Double oddsRatioLow, Double oddsRatioHigh, Double deviance, Double nullDeviance,
                             Double aic, Integer iterations, Boolean converged, Boolean separation, String note) {

    /** A result with no figures and the reason. */
    public static LogisticResult notFitted(int n, int nFalling, String note) {
        return new LogisticResult(n, nFalling, null, null, null, null, null, null, null, null, null, null, null,
                note);
    }

    /**
     * One coefficient with its Wald test.
     *
     * @param estimate estimate
     * @param se       standard error
     * @param z        z value
     * @param p        two-sided p
     */
    public record Coefficient(Double estimate, Double se, Double z, Double p) {
    }
}
