package org.concord.stats.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.Parameters;
import org.concord.stats.input.InputFile;

/** The {@code Method} sheet: every definition used, every parameter, the seed, the inputs with SHA-256, the version. */
final class MethodSheet {
    /** Definitions in plain words, as in the design's Statistics section. */
    static final String[][] DEFINITIONS = {
        {"Values items", "select_one items of the form with a domain, on a scale 1..A; reverse-keyed items are rescored "
            + "as (A + 1) - x before analysis. Means ignore missing answers."},
        {"Role", "the answer to the role question; its choice's role_group says leader or worker."},
        {"Trend", "OLS slope b of rate on year over the years with a rate in the window; pct_per_year = "
            + "100 * b / mean(rate). Rising if pct_per_year >= band, falling if <= -band, else stable; unknown with "
            + "fewer than 3 years or a mean rate of 0."},
        {"person_mad", "Lbar_i = leaders' mean on item i. For each worker, the mean over the items the worker answered "
            + "(where Lbar_i exists) of |x_wi - Lbar_i|; then the mean over workers. Lower = closer agreement."},
        {"person_d2", "mean over workers of the sum over answered items of (x_wi - Lbar_i)^2. Lower = closer."},
        {"group_mad", "mean over items of |Wbar_i - Lbar_i| (workers' and leaders' item means). Lower = closer."},
        {"group_d", "sqrt(sum over items of (Wbar_i - Lbar_i)^2). Lower = closer."},
        {"profile_r", "Pearson correlation of Wbar and Lbar across items; undefined when either is flat. Higher = "
            + "closer."},
        {"rwg_j", "within-LA agreement over all respondents (listwise: respondents with any values item missing are "
            + "left out; fewer than 2 left: undefined), James, Demaree and Wolf, null variance (A^2 - 1)/12, mean item "
            + "variance with n - 1, truncated at the null variance; as R's multilevel::rwg.j."},
        {"rwg_j_lindell", "r*wg(j) = 1 - mean item variance / null variance, not truncated; as multilevel::rwg.j.lindell."},
        {"ad_mean", "average deviation from the item mean (dividing by n), averaged over items; as multilevel::ad.m."},
        {"ICC(1), ICC(2)", "one-way ANOVA of respondents' mean values score (mean over answered values items) across "
            + "all LAs in the responses, mean group size N/K; as multilevel::ICC1 and ICC2."},
        {"Inclusion", "an LA enters the comparison with at least min_leaders leaders and min_workers workers, a "
            + "rising or falling trend, and a defined index; every other LA is listed on the LAs sheet with its reason."},
        {"Difference", "mean(x) - mean(y), x = falling LAs, y = rising LAs."},
        {"Welch t-test", "unequal-variance t-test, two-sided; as R's t.test(x, y)."},
        {"Mann-Whitney U", "U of the falling group (R's wilcox.test(x, y) W); exact p when both groups have fewer than "
            + "50 and there are no ties, else the normal approximation with tie and continuity correction."},
        {"Permutation test", "of the difference of means, two-sided (|d*| >= |d|): exact enumeration when "
            + "C(nx + ny, nx) <= 1,000,000, else Monte Carlo with p = (b + 1)/(m + 1)."},
        {"Hedges' g", "difference over the pooled SD (n - 1), times J = 1 - 3/(4(nx + ny) - 9)."},
        {"Cliff's delta", "P(x > y) - P(x < y) over all pairs."},
        {"Bootstrap", "stratified bootstrap of the difference of means (each group resampled within itself); 95% "
            + "percentile and BCa intervals."},
        {"Item table", "per item and trend group: means of LA leader means, LA worker means and LA gaps "
            + "(Wbar_i - Lbar_i; each included LA weighs the same); the per-LA gaps compared between groups by Welch's "
            + "t-test, with Holm and Benjamini-Hochberg adjusted p across items (as R's p.adjust)."},
        {"Scales", "per domain and for all values items, for all respondents, leaders and workers, over respondents "
            + "in every LA who answered every item of the scale: alpha = k/(k-1) (1 - sum var_i / var(total)); "
            + "standardised alpha = k rbar / (1 + (k-1) rbar), rbar the mean inter-item correlation; Feldt 95% "
            + "interval 1 - (1 - alpha) F(0.975 and 0.025; n-1, (n-1)(k-1)); per item r drop (with the sum of the "
            + "other items) and alpha if dropped. Undefined with k < 2, n < 2 or an item without variance. R: "
            + "psych::alpha(na.omit(x), check.keys = FALSE)."},
        {"Factor structure", "maximum-likelihood factor analysis of the correlations of all values items over "
            + "complete respondents, with varimax rotation; loadings, uniquenesses and the chi-square test that the "
            + "factors suffice (Bartlett's correction). A domain holds together when each of its items loads most on "
            + "the same factor, at least 0.3. R: factanal(x, factors = N, rotation = \"varimax\")."},
        {"Multilevel model", "workers of the compared LAs; y = the worker's mean absolute difference from their "
            + "LA's leader mean profile; y ~ rising + (1 | LA) by REML, rising = 1 for rising LAs; Satterthwaite df "
            + "and p; tau2, sigma2, ICC = tau2/(tau2 + sigma2), singular when tau2 = 0; likelihood-ratio test of ML "
            + "fits with and without rising. R: lmerTest::lmer(y ~ rising + (1 | LA)); anova(m0, m1) of ML fits."},
        {"Logistic model", "the compared LAs, falling = 1 and rising = 0, on the compared index; Wald z tests, "
            + "odds ratio exp(b) with its Wald 95% interval, deviance, null deviance, AIC; separation when a fitted "
            + "probability is within 1e-8 of 0 or 1. R: glm(falling ~ index, family = binomial)."},
        {"Undefined", "a figure that cannot be computed is left empty here and is null in the JSON."},
        {"Text cells", "every text in this workbook is a plain text cell and is never run as a formula."},
    };

    private MethodSheet() {
    }

    static void write(XSSFSheet sheet, Cells cells, AnalysisResult result) {
        Parameters p = result.parameters();
        List<Object[]> rows = new ArrayList<>();
        for (String[] d : DEFINITIONS) {
            rows.add(new Object[] {"Definition", d[0], d[1]});
        }
        rows.add(new Object[] {"Parameter", "Concord version", p.concordVersion()});
        rows.add(new Object[] {"Parameter", "form", p.formId() + (p.formVersion() != null ? " version "
                + p.formVersion() : "")});
        rows.add(new Object[] {"Parameter", "form SHA-256", p.formSha256()});
        rows.add(new Object[] {"Parameter", "rates shape", p.ratesShape()});
        rows.add(new Object[] {"Parameter", "rate column", p.rateColumn()});
        rows.add(new Object[] {"Parameter", "years (trend window)", p.years()});
        rows.add(new Object[] {"Parameter", "stable band (% a year)", p.stableBand()});
        rows.add(new Object[] {"Parameter", "index", p.index()});
        rows.add(new Object[] {"Parameter", "min leaders", (double) p.minLeaders()});
        rows.add(new Object[] {"Parameter", "min workers", (double) p.minWorkers()});
        rows.add(new Object[] {"Parameter", "seed", (double) p.seed()});
        rows.add(new Object[] {"Parameter", "permutations", (double) p.permutations()});
        rows.add(new Object[] {"Parameter", "bootstrap resamples", (double) p.bootstrap()});
        if (result.models() != null) {
            rows.add(new Object[] {"Parameter", "factors", (double) result.models().factors().factors()});
        }
        for (InputFile f : p.inputs()) {
            rows.add(new Object[] {"Input (" + f.role() + ")", f.name(), "SHA-256 " + f.sha256()});
        }
        int r = 1;
        for (Object[] row : rows) {
            cells.text(sheet, r, 0, (String) row[0]);
            cells.text(sheet, r, 1, (String) row[1], cells.wrap);
            if (row[2] instanceof Double d) {
                cells.number(sheet, r, 2, d, d == Math.rint(d) && Math.abs(d) < 1e15 ? cells.integer : cells.dec1);
            } else {
                cells.text(sheet, r, 2, (String) row[2], cells.wrap);
                Cells.fitRow(sheet, r, row[2] == null ? 0 : ((String) row[2]).length(), 110);
            }
            r++;
        }
        cells.table(sheet, 0, new String[] {"Kind", "Name", "Value or definition"}, r - 1);
        Cells.widths(sheet, 18, 30, 110);
    }
}
