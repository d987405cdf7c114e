package org.concord.stats.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.concord.forms.Form;
import org.concord.stats.agreement.AgreementIndices;
import org.concord.stats.agreement.LaIndices;
import org.concord.stats.inference.MannWhitney;
import org.concord.stats.inference.MannWhitneyResult;
import org.concord.stats.inference.PermutationResult;
import org.concord.stats.inference.PermutationTest;
import org.concord.stats.trend.Trend;
import org.concord.stats.trend.TrendFit;
import org.concord.stats.trend.TrendFitter;

/**
 * Estimates by simulation the power of the Mann-Whitney and permutation tests for a planned study: it generates
 * {@code replications} studies with {@link StudySimulator}, and in each classifies the LAs' trends from their rates,
 * computes the chosen index per LA and tests falling against rising LAs as the analysis does. No Swing, so that a
 * panel can run it on a background thread; it stops with {@link CancellationException} when that thread is
 * interrupted.
 */
public final class PowerPlanner {
    /** An LA is compared only with at least this many leaders (the analysis's default {@code --min-leaders}). */
    public static final int MIN_LEADERS = 2;
    /** An LA is compared only with at least this many workers (the analysis's default {@code --min-workers}). */
    public static final int MIN_WORKERS = 3;

    private PowerPlanner() {
    }

    /** Estimates the power of both tests; {@code progress} (replications done, may be null) is told after each. */
    public static PowerResult estimate(Form form, PowerSpec spec, Progress progress) {
        spec.validate();
        int rejectedMw = 0;
        int rejectedPerm = 0;
        int tested = 0;
        long falling = 0;
        long rising = 0;
        double differenceSum = 0;
        for (int r = 0; r < spec.replications(); r++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("power estimate cancelled after " + r + " replications");
            }
            long seed = spec.study().seed() + r;
            Groups groups = indexByTrend(StudySimulator.generate(form, spec.study().withSeed(seed)), spec);
            falling += groups.falling.length;
            rising += groups.rising.length;
            if (groups.falling.length > 0 && groups.rising.length > 0) {
                tested++;
                differenceSum += mean(groups.falling) - mean(groups.rising);
                MannWhitneyResult mw = MannWhitney.test(groups.falling, groups.rising);
                PermutationResult perm = PermutationTest.test(groups.falling, groups.rising, seed,
                        spec.permutations());
                rejectedMw += mw != null && mw.p() != null && mw.p() <= spec.alpha() ? 1 : 0;
                rejectedPerm += perm != null && perm.p() != null && perm.p() <= spec.alpha() ? 1 : 0;
            }
            if (progress != null) {
                progress.update(r + 1, spec.replications());
            }
        }
        int n = spec.replications();
        return new PowerResult(spec, n, tested, rejectedMw, rejectedPerm, falling / (double) n, rising / (double) n,
                tested == 0 ? Double.NaN : differenceSum / tested);
    }

    /** The index values of one simulated study's falling and rising LAs, trends classified from the rates. */
    static Groups indexByTrend(SyntheticStudy study, PowerSpec spec) {
        int scale = study.form().valuesItems().stream().mapToInt(study.form()::scaleSize).max().orElse(0);
        List<Double> falling = new ArrayList<>();
        List<Double> rising = new ArrayList<>();
        SimulationSpec s = study.spec();
        for (SimulatedLa la : study.las()) {
            SortedMap<Integer, Double> rates = new TreeMap<>();
            la.rates().forEach(p -> rates.put(p.year(), p.rate()));
            TrendFit fit = TrendFitter.fit(rates, s.firstYear(), s.lastYear(), spec.stableBand());
            if (fit.trend() != Trend.FALLING && fit.trend() != Trend.RISING) {
                continue;
            }
            double[][] leaders = study.scoredMatrix(la.code(), true);
            double[][] workers = study.scoredMatrix(la.code(), false);
            if (leaders.length < MIN_LEADERS || workers.length < MIN_WORKERS) {
                continue;
            }
            LaIndices indices = AgreementIndices.compute(leaders, workers, scale);
            Double value = indices.get(spec.index());
            if (value != null) {
                (fit.trend() == Trend.FALLING ? falling : rising).add(value);
            }
        }
        return new Groups(falling.stream().mapToDouble(Double::doubleValue).toArray(),
                rising.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The index values of the falling and the rising LAs of one study. */
    record Groups(double[] falling, double[] rising) {
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }
}
