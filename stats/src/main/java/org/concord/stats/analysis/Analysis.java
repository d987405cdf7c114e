package org.concord.stats.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.common.QuietLibraries;
import org.concord.forms.Form;
import org.concord.stats.agreement.AgreementIndices;
import org.concord.stats.agreement.Icc;
import org.concord.stats.agreement.LaIndices;
import org.concord.stats.inference.BootstrapResult;
import org.concord.stats.inference.Comparison;
import org.concord.stats.inference.ComparisonResult;
import org.concord.stats.inference.MannWhitneyResult;
import org.concord.stats.inference.PermutationResult;
import org.concord.stats.inference.WelchResult;
import org.concord.stats.input.InputFile;
import org.concord.stats.input.LaRates;
import org.concord.stats.input.LaResponses;
import org.concord.stats.input.Rates;
import org.concord.stats.input.ResponseSet;
import org.concord.stats.models.Models;
import org.concord.stats.models.ModelsResult;
import org.concord.stats.trend.Trend;
import org.concord.stats.trend.TrendFit;
import org.concord.stats.trend.TrendFitter;

/**
 * The analysis of the design end to end: each LA's trend and agreement indices, who enters the comparison and why
 * not, ICC, the comparison of the chosen index between falling and rising LAs, and the item table.
 */
public final class Analysis {
    private Analysis() {
    }

    /**
     * Runs the analysis.
     *
     * @param responses      the respondents by LA
     * @param rates          the rates file
     * @param options        the options
     * @param concordVersion the version recorded with the result
     * @param inputs         the input files with their SHA-256
     * @throws InputException for options that do not fit the data (unknown index, a trend window without rates)
     */
    public static AnalysisResult run(ResponseSet responses, Rates rates, AnalysisOptions options,
                                     String concordVersion, List<InputFile> inputs) {
        return run(responses, rates, options, concordVersion, inputs, Progress.NONE);
    }

    /**
     * Runs the analysis, reporting each stage to {@code progress} and stopping with
     * {@link java.util.concurrent.CancellationException} soon after it is cancelled. Same result as without it.
     */
    public static AnalysisResult run(ResponseSet responses, Rates rates, AnalysisOptions options,
                                     String concordVersion, List<InputFile> inputs, Progress progress) {
        return run(responses, rates, options, concordVersion, inputs, progress, List.of());
    }

    /** As above, with warnings about the inputs (e.g. duplicate rows counted once) that start the result's notes. */
    public static AnalysisResult run(ResponseSet responses, Rates rates, AnalysisOptions options,
                                     String concordVersion, List<InputFile> inputs, Progress progress,
                                     List<String> warnings) {
        QuietLibraries.apply();
        progress.check();
        String index = options.index();
        if (!Indices.NAMES.contains(index)) {
            throw InputException.ofFile(null, "--index " + index + " does not exist; use one of "
                    + String.join(", ", Indices.NAMES));
        }
        int[] window = window(rates, options);
        int from = window[0];
        int to = window[1];
        Form form = responses.coding().form();
        Parameters parameters = new Parameters(concordVersion, form.settings().formId(), form.settings().version(),
                form.source() == null ? null : form.source().sha256(), inputs, rates.shape(), rates.rateColumn(),
                from, to, options.stableBand(), index, options.minLeaders(), options.minWorkers(), options.seed(),
                options.permutations(), options.bootstrap());

        Map<String, LaRates> rateIndex = rates.byCode();
        int scalePoints = responses.coding().scalePoints();
        List<LaResult> las = new ArrayList<>();
        List<LaSeries> series = new ArrayList<>();
        List<LaResponses> included = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        progress.step(Progress.TRENDS, 0.05);
        int laCount = responses.las().size();
        // One LA after another: the indices of all 152 LAs of the national run take 40-70 ms CPU in all. Computed in
        // parallel (the common fork-join pool) the stage took a median 168 ms wall and 65 ms CPU against 53 ms and
        // 55 ms (six alternate national runs at load average 15, 2026-12-06); with an idle second core it could save
        // at most half of those 50 ms.
        int done = 0;
        for (LaResponses la : responses.las()) {
            progress.check();
            progress.step(Progress.INDICES, 0.1 + 0.2 * done++ / Math.max(1, laCount));
            LaRates r = rateIndex.get(la.code());
            String name = la.name() != null ? la.name() : r == null ? null : r.name();
            TrendFit fit = r == null ? null : TrendFitter.fit(r.byYear(), from, to, options.stableBand());
            LaIndices ix = AgreementIndices.compute(la.leaders(), la.workers(), scalePoints);
            Map<String, Double> values = new LinkedHashMap<>();
            for (String n : Indices.NAMES) {
                values.put(n, finite(ix.get(n)));
            }
            String trend = fit == null ? Trend.UNKNOWN.label() : fit.trend().label();
            List<String> reasons = reasons(la, r, fit, values.get(index), options, from, to);
            boolean in = reasons.isEmpty();
            las.add(new LaResult(la.code(), name, la.nLeaders(), la.nWorkers(), trend,
                    fit == null ? null : finite(fit.slope()), fit == null ? null : finite(fit.pctPerYear()), in,
                    in ? null : String.join("; ", reasons), values));
            if (r != null) {
                series.add(new LaSeries(la.code(), name, r.byYear().subMap(from, to + 1), trend, fit.years()));
            }
            if (in) {
                included.add(la);
                groups.add(trend);
            }
        }

        double[] falling = valuesOf(las, "falling", index);
        double[] rising = valuesOf(las, "rising", index);
        List<String> notes = new ArrayList<>(warnings);
        if (falling.length == 0) {
            notes.add("No LA with a falling trend met the inclusion rules, so the groups cannot be compared.");
        }
        if (rising.length == 0) {
            notes.add("No LA with a rising trend met the inclusion rules, so the groups cannot be compared.");
        }
        Models.Running running = Models.SKIP ? null : Models.start(responses, included, groups,
                las.stream().filter(LaResult::included).mapToDouble(la -> la.index(index)).toArray(),
                options.factors());
        progress.step(Progress.COMPARISON, 0.3);
        ComparisonResult cr = Comparison.compare(falling, rising, options.seed(), options.permutations(),
                options.bootstrap(), progress::cancelled);
        progress.check();
        progress.step(Progress.ITEMS, 0.95);
        ModelsResult models = running == null ? null : running.join();
        AnalysisResult result = new AnalysisResult(parameters, las, icc(responses), summary(index, cr),
                ItemTable.build(form, included, groups), notes, series, models);
        progress.step(Progress.ITEMS, 1.0);
        return result;
    }

    /** The trend window: the options', else the last 5 years present in the rates file. */
    static int[] window(Rates rates, AnalysisOptions options) {
        SortedSet<Integer> years = rates.years();
        if (years.isEmpty()) {
            throw InputException.ofFile(rates.file(), "the rates file has no rate in any year (all missing)");
        }
        int to = options.yearTo() != null ? options.yearTo() : years.last();
        int from = options.yearFrom() != null ? options.yearFrom()
                : Math.max(years.first(), to - AnalysisOptions.DEFAULT_WINDOW + 1);
        if (from > to) {
            throw InputException.ofFile(null, "--years " + from + "-" + to + " ends before it starts; write FROM-TO "
                    + "such as 2016-2020");
        }
        if (years.subSet(from, to + 1).isEmpty()) {
            throw new InputException(Problem.ofFile(rates.file(), "no rates in the --years window " + from + "-" + to
                    + "; the file has rates for " + years.first() + "-" + years.last()));
        }
        return new int[] {from, to};
    }

    private static List<String> reasons(LaResponses la, LaRates r, TrendFit fit, Double index,
                                        AnalysisOptions options, int from, int to) {
        List<String> reasons = new ArrayList<>();
        if (r == null) {
            reasons.add("not in the rates file");
        } else if (fit.trend() == Trend.UNKNOWN) {
            reasons.add(fit.years() < TrendFitter.MIN_YEARS
                    ? "trend unknown (fewer than " + TrendFitter.MIN_YEARS + " years of rates in " + from + "-" + to
                    + ")"
                    : "trend unknown (mean rate 0 in " + from + "-" + to + ")");
        } else if (fit.trend() == Trend.STABLE) {
            reasons.add(String.format(Locale.ROOT, "stable trend (%.1f%% a year, within \u00b1%s%%)",
                    fit.pctPerYear() + 0.0, band(options.stableBand())));
        }
        if (la.nLeaders() < options.minLeaders()) {
            reasons.add("only " + la.nLeaders() + " leader" + (la.nLeaders() == 1 ? "" : "s") + " (needs "
                    + options.minLeaders() + ")");
        }
        if (la.nWorkers() < options.minWorkers()) {
            reasons.add("only " + la.nWorkers() + " worker" + (la.nWorkers() == 1 ? "" : "s") + " (needs "
                    + options.minWorkers() + ")");
        }
        if (index == null && reasons.isEmpty()) {
            reasons.add("index " + options.index() + " undefined");
        }
        return reasons;
    }

    private static String band(double band) {
        return band == Math.rint(band) ? Long.toString((long) band) : Double.toString(band);
    }

    private static double[] valuesOf(List<LaResult> las, String trend, String index) {
        return las.stream().filter(la -> la.included() && trend.equals(la.trend()))
                .mapToDouble(la -> la.index(index)).toArray();
    }

    /** ICC of respondents' mean values score across every LA in the responses. */
    private static AnalysisResult.IccSummary icc(ResponseSet responses) {
        int n = responses.respondents();
        double[] scores = new double[n];
        String[] groups = new String[n];
        int k = 0;
        int scored = 0;
        for (LaResponses la : responses.las()) {
            for (double[][] rows : new double[][][] {la.leaders(), la.workers()}) {
                for (double[] row : rows) {
                    double s = 0;
                    int m = 0;
                    for (double v : row) {
                        if (!Double.isNaN(v)) {
                            s += v;
                            m++;
                        }
                    }
                    scores[k] = m == 0 ? Double.NaN : s / m;
                    scored += m == 0 ? 0 : 1;
                    groups[k++] = la.code();
                }
            }
        }
        Icc.IccResult r = Icc.compute(scores, groups);
        return new AnalysisResult.IccSummary(finite(r.icc1()), finite(r.icc2()), scored, responses.las().size());
    }

    private static ComparisonSummary summary(String index, ComparisonResult c) {
        WelchResult w = c.welch();
        MannWhitneyResult mw = c.mannWhitney();
        PermutationResult pm = c.permutation();
        BootstrapResult b = c.bootstrap();
        return new ComparisonSummary(index, c.nFalling(), c.nRising(), finite(c.meanFalling()),
                finite(c.meanRising()), finite(c.difference()),
                w == null ? new ComparisonSummary.Welch(null, null, null)
                        : new ComparisonSummary.Welch(finite(w.t()), finite(w.df()), finite(w.p())),
                mw == null ? new ComparisonSummary.MannWhitney(null, null, null)
                        : new ComparisonSummary.MannWhitney(finite(mw.u()), finite(mw.p()), mw.method()),
                pm == null ? new ComparisonSummary.Permutation(null, null, null)
                        : new ComparisonSummary.Permutation(finite(pm.p()), pm.method(), pm.resamples()),
                finite(c.hedgesG()), finite(c.cliffsDelta()),
                b == null ? new ComparisonSummary.Bootstrap(null, null, null, null, null)
                        : new ComparisonSummary.Bootstrap(b.resamples(), finite(b.percentileLo()),
                        finite(b.percentileHi()), finite(b.bcaLo()), finite(b.bcaHi())));
    }

    /** Undefined numbers are null, never NaN. */
    static Double finite(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }
}
