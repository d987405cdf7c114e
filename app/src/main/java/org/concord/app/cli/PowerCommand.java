package org.concord.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.concord.forms.Form;
import org.concord.stats.simulate.PowerPlanner;
import org.concord.stats.simulate.PowerResult;
import org.concord.stats.simulate.PowerSpec;
import org.concord.stats.simulate.SimulationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concord power}: estimates by simulation the power of the Mann-Whitney and permutation tests. */
@Command(name = "power", mixinStandardHelpOptions = true,
        header = "Estimates the power of the tests by simulation.",
        description = {"Estimates by simulation the power of the Mann-Whitney and permutation tests for a planned"
                + " study: how often they find the assumed true difference between falling and rising LAs."
                + " Replication r is the study 'concord simulate' writes with --seed (seed + r)."})
public final class PowerCommand implements Callable<Integer> {
    private static final PowerSpec DEFAULTS = PowerSpec.of(SimulationSpec.defaults());

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions model = new SimulationOptions();

    @Option(names = "--replications", paramLabel = "N",
            description = "Number of simulated studies (default: ${DEFAULT-VALUE}).")
    int replications = DEFAULTS.replications();

    @Option(names = "--alpha", paramLabel = "A", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha = DEFAULTS.alpha();

    @Option(names = "--permutations", paramLabel = "N", description = "Monte Carlo resamples of the permutation test"
            + " when exact enumeration is too large (default: ${DEFAULT-VALUE}).")
    int permutations = DEFAULTS.permutations();

    @Option(names = "--index", paramLabel = "NAME", description = "Index compared (default: ${DEFAULT-VALUE}).")
    String index = DEFAULTS.index();

    @Option(names = "--stable-band", paramLabel = "P",
            description = "Trend band in percent a year (default: ${DEFAULT-VALUE}).")
    double stableBand = DEFAULTS.stableBand();

    @Override
    public Integer call() {
        PowerSpec power = new PowerSpec(model.spec(), replications, alpha, permutations, index, stableBand)
                .validate();
        Form form = model.loadForm();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (power.warning() != null) {
            err.println("concord power: warning: " + power.warning());
        }
        ProgressLine progress = new ProgressLine(err, "Simulating studies");
        long started = System.nanoTime();
        PowerResult result = PowerPlanner.estimate(form, power, progress::update);
        progress.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        SimulationSpec s = power.study();
        out.printf(Locale.ROOT, "Power by simulation: %d studies of %d LAs (on average %.1f falling and %.1f rising"
                        + " compared), %d leaders and %d workers per LA, %.0f%% missing, true difference %s,"
                        + " alpha %s, index %s, seed %d (%.1f s).%n", result.replications(), s.las(),
                result.meanFalling(), result.meanRising(), s.leaders(), s.workers(), 100 * s.missing(),
                num(s.effect()), num(alpha), index, s.seed(), seconds);
        line(out, "Mann-Whitney", result.mannWhitneyPower(), result.wilson95(result.rejectedMannWhitney()));
        line(out, "Permutation", result.permutationPower(), result.wilson95(result.rejectedPermutation()));
        out.printf(Locale.ROOT, "  Mean observed difference (falling - rising): %s%n",
                Double.isNaN(result.meanDifference()) ? "none (no study had both groups)"
                        : String.format(Locale.ROOT, "%.4f", result.meanDifference()));
        if (result.tested() < result.replications()) {
            out.printf(Locale.ROOT, "  %d of %d studies lacked falling or rising LAs and count as not significant.%n",
                    result.replications() - result.tested(), result.replications());
        }
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, String test, double power, double[] ci) {
        out.printf(Locale.ROOT, "  %-13s power %.3f (95%% CI %.3f to %.3f)%n", test + ":", power, ci[0], ci[1]);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
