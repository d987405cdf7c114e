package org.concord.app.workspace.panel;

import java.util.List;
import java.util.Locale;
import org.concord.app.base.Failures;
import org.concord.app.base.Message;
import org.concord.stats.simulate.PowerResult;
import org.concord.stats.simulate.PowerSpec;
import org.concord.stats.simulate.SimulationSpec;

/**
 * The Power tab without Swing: the fields as a {@link PowerSpec}, and the progress, answer and problems as
 * {@link Message}s of the {@code workspace} bundle.
 */
public final class PowerScreenModel {
    /**
     * The fields of the Power tab.
     *
     * @param las          LAs per simulated study
     * @param leaders      leaders per LA
     * @param workers      workers per LA
     * @param effect       the effect simulated
     * @param replications simulated studies
     * @param permutations permutations per test
     * @param alpha        significance level
     * @param seed         random seed
     */
    public record Fields(int las, int leaders, int workers, double effect, int replications, int permutations,
                         double alpha, long seed) {
    }

    private PowerScreenModel() {
    }

    /** The estimate asked for by {@code fields}; the index and stable band are the simulation's defaults. */
    public static PowerSpec spec(Fields fields) {
        SimulationSpec study = SimulationSpec.defaults().withLas(fields.las())
                .withRespondents(fields.leaders(), fields.workers())
                .withEffect(fields.effect())
                .withSeed(fields.seed());
        PowerSpec base = PowerSpec.of(study);
        return new PowerSpec(study, fields.replications(), fields.alpha(), fields.permutations(), base.index(),
                base.stableBand());
    }

    /** The progress bar's text: {@code done} of {@code total} studies simulated. */
    public static Message progress(int done, int total) {
        return Message.of("power.progress.text", done, total);
    }

    /** The answer: both tests' power with 95% intervals, what was tested, and the mean group sizes. */
    public static Message answer(PowerResult result, double alpha) {
        double[] mw = result.wilson95(result.rejectedMannWhitney());
        double[] perm = result.wilson95(result.rejectedPermutation());
        return Message.of("power.answer.text", pct(result.mannWhitneyPower()), pct(mw[0]), pct(mw[1]),
                pct(result.permutationPower()), pct(perm[0]), pct(perm[1]), result.replications(), result.tested(),
                String.format(Locale.ROOT, "%.1f", result.meanFalling()),
                String.format(Locale.ROOT, "%.1f", result.meanRising()),
                String.format(Locale.ROOT, "%.2f", alpha));
    }

    /** What to show when the estimate failed (internal errors are logged). */
    public static List<Message> problems(Throwable failure) {
        return Failures.describe(failure, "problem.internal", "workspace: the power simulation failed");
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
