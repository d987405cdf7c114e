package org.concord.stats.models;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.concord.forms.Question;
import org.concord.stats.input.LaResponses;
import org.concord.stats.input.ResponseSet;

/**
 * Fits every model of the design's "Models" section for one analysis: the scales and the factor structure over
 * every respondent, the multilevel model over the workers of the compared LAs and the logistic model over the
 * compared LAs. Never throws for data that does not allow a model: the model's figures are null with a note.
 */
public final class Models {
    /** The groups of respondents of the Scales table. */
    public static final List<String> GROUPS = List.of("all", "leaders", "workers");
    /** The name of the scale of every values item. */
    public static final String ALL = "all";
    /**
     * True when the system property {@code concord.models} is {@code off}: the analysis then skips the models (for
     * the benchmark that times the analysis with and without them in one run).
     */
    public static final boolean SKIP = "off".equals(System.getProperty("concord.models"));

    private Models() {
    }

    /**
     * Fits the models.
     *
     * @param responses every respondent by LA
     * @param compared  the LAs of the comparison
     * @param trends    each compared LA's trend, {@code falling} or {@code rising}
     * @param index     each compared LA's value of the compared index
     * @param factors   the number of factors, or null for the number of domains
     */
    public static ModelsResult fit(ResponseSet responses, List<LaResponses> compared, List<String> trends,
                                   double[] index, Integer factors) {
        List<Question> items = responses.coding().valuesItems();
        List<String> names = items.stream().map(Question::name).toList();
        List<String> domains = items.stream().map(Question::domain).toList();
        List<String> domainOrder = domains.stream().distinct().toList();
        List<double[]> leaders = new ArrayList<>();
        List<double[]> workers = new ArrayList<>();
        for (LaResponses la : responses.las()) {
            leaders.addAll(List.of(la.leaders()));
            workers.addAll(List.of(la.workers()));
        }
        List<double[]> all = new ArrayList<>(leaders);
        all.addAll(workers);
        List<ScaleResult> scales = new ArrayList<>();
        List<String> scaleNames = new ArrayList<>(domainOrder);
        scaleNames.add(ALL);
        for (String scale : scaleNames) {
            int[] cols = new int[items.size()];
            int k = 0;
            List<String> scaleItems = new ArrayList<>();
            for (int j = 0; j < items.size(); j++) {
                if (ALL.equals(scale) || scale.equals(domains.get(j))) {
                    cols[k++] = j;
                    scaleItems.add(names.get(j));
                }
            }
            int[] use = java.util.Arrays.copyOf(cols, k);
            for (String group : GROUPS) {
                List<double[]> rows = "all".equals(group) ? all : "leaders".equals(group) ? leaders : workers;
                ScaleStats s = ScaleReliability.of(select(rows, use), k);
                scales.add(new ScaleResult(scale, group, scaleItems, s, scaleNote(s, scaleItems)));
            }
        }
        int q = factors != null ? factors : domainOrder.size();
        FactorResult fa;
        MultilevelResult ml;
        LogisticResult lg;
        // The models are guarded so that data no one foresaw gives a note, never an error that stops the analysis.
        try {
            fa = FactorStructure.fit(all, names, domains, q);
        } catch (IllegalStateException | IllegalArgumentException | ArithmeticException e) {
            fa = FactorResult.notFitted(q, 0, "the factor analysis could not be computed: " + e.getMessage());
        }
        try {
            ml = multilevel(compared, trends);
        } catch (IllegalStateException | IllegalArgumentException | ArithmeticException e) {
            ml = MultilevelResult.notFitted(0, compared.size(), "the multilevel model could not be computed: "
                    + e.getMessage());
        }
        try {
            lg = logistic(trends, index);
        } catch (IllegalStateException | IllegalArgumentException | ArithmeticException e) {
            lg = LogisticResult.notFitted(trends.size(), 0, "the logistic model could not be computed: "
                    + e.getMessage());
        }
        return new ModelsResult(scales, fa, ml, lg);
    }

    /**
     * Starts {@link #fit} on a daemon thread, so that on a machine with two cores the models overlap with the
     * comparison's resampling; {@link Running#join()} returns the same result as {@code fit}.
     */
    public static Running start(ResponseSet responses, List<LaResponses> compared, List<String> trends,
                                double[] index, Integer factors) {
        FutureTask<ModelsResult> task = new FutureTask<>(() -> fit(responses, compared, trends, index, factors));
        Thread t = new Thread(task, "concord-models");
        t.setDaemon(true);
        t.start();
        return new Running(task);
    }

    /** Models being fitted in the background. */
    public static final class Running {
        private final FutureTask<ModelsResult> task;

        private Running(FutureTask<ModelsResult> task) {
            this.task = task;
        }

        /** Waits for the models and returns them; an unexpected error of the fit is thrown here. */
        public ModelsResult join() {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while the models were fitted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static double[][] select(List<double[]> rows, int[] cols) {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            double[] row = rows.get(i);
            double[] picked = new double[cols.length];
            for (int c = 0; c < cols.length; c++) {
                picked[c] = row[cols[c]];
            }
            out[i] = picked;
        }
        return out;
    }

    private static String scaleNote(ScaleStats s, List<String> items) {
        if (s.k() < 2) {
            return "a scale needs at least 2 items";
        }
        if (s.n() < 2) {
            return "too few respondents answered every item of the scale (" + s.n() + "; it needs at least 2)";
        }
        if (s.alpha() == null) {
            return "an item has the same answer from every complete respondent, so alpha is undefined";
        }
        return s.k() == 2 ? "alpha if an item is dropped is undefined for a scale of 2 items" : null;
    }

    /** The workers of the compared LAs with their distance from their LA's leader mean profile. */
    private static MultilevelResult multilevel(List<LaResponses> compared, List<String> trends) {
        List<Double> y = new ArrayList<>();
        List<Double> rising = new ArrayList<>();
        List<Integer> la = new ArrayList<>();
        int las = 0;
        for (int g = 0; g < compared.size(); g++) {
            double[] distances = WorkerDistance.of(compared.get(g));
            if (distances.length == 0) {
                continue;
            }
            for (double d : distances) {
                y.add(d);
                rising.add("rising".equals(trends.get(g)) ? 1.0 : 0.0);
                la.add(las);
            }
            las++;
        }
        return MultilevelModel.fit(y.stream().mapToDouble(Double::doubleValue).toArray(),
                rising.stream().mapToDouble(Double::doubleValue).toArray(),
                la.stream().mapToInt(Integer::intValue).toArray(), las);
    }

    private static LogisticResult logistic(List<String> trends, double[] index) {
        double[] y = new double[trends.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = "falling".equals(trends.get(i)) ? 1 : 0;
        }
        return LogisticModel.fit(y, index);
    }
}
