package org.concord.app.cli;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.stats.simulate.SimulationSpec;
import picocli.CommandLine.Option;

/** The options of the generative model, shared by {@code simulate} and {@code power}; defaults as in the README. */
public final class SimulationOptions {
    private static final SimulationSpec DEFAULTS = SimulationSpec.defaults();
    private static final Pattern YEARS = Pattern.compile("\\s*(\\d{4})\\s*-\\s*(\\d{4})\\s*");

    @Option(names = "--form", paramLabel = "FORM",
            description = "The form (.xlsx or CSV folder) to answer; default: the bundled values-agreement form.")
    Path form;

    @Option(names = "--las", paramLabel = "N", description = "Number of LAs (default: ${DEFAULT-VALUE}).")
    int las = DEFAULTS.las();

    @Option(names = "--leaders", paramLabel = "N", description = "Leaders per LA (default: ${DEFAULT-VALUE}).")
    int leaders = DEFAULTS.leaders();

    @Option(names = "--workers", paramLabel = "N", description = "Workers per LA (default: ${DEFAULT-VALUE}).")
    int workers = DEFAULTS.workers();

    @Option(names = "--missing", paramLabel = "RATE",
            description = "Chance that an optional answer is left blank (default: ${DEFAULT-VALUE}).")
    double missing = DEFAULTS.missing();

    @Option(names = "--effect", paramLabel = "D", description = "True difference: rising LAs' expected worker-leader"
            + " distance minus falling LAs', in scale points (default: ${DEFAULT-VALUE}; 0 = no difference).")
    double effect = DEFAULTS.effect();

    @Option(names = "--gap", paramLabel = "D",
            description = "Falling LAs' expected worker-leader distance, in scale points (default: ${DEFAULT-VALUE}).")
    double gap = DEFAULTS.gap();

    @Option(names = "--gap-sd", paramLabel = "SD",
            description = "SD of the worker-leader distance across LAs (default: ${DEFAULT-VALUE}).")
    double gapSd = DEFAULTS.gapSd();

    @Option(names = "--la-sd", paramLabel = "SD",
            description = "SD of LAs' leader item means around the national profile (default: ${DEFAULT-VALUE}).")
    double laSd = DEFAULTS.laSd();

    @Option(names = "--noise", paramLabel = "SD",
            description = "SD of a person's answer around their group's item mean (default: ${DEFAULT-VALUE}).")
    double noise = DEFAULTS.noise();

    @Option(names = "--years", paramLabel = "FROM-TO",
            description = "Years of the rates series (default: ${DEFAULT-VALUE}).")
    String years = DEFAULTS.firstYear() + "-" + DEFAULTS.lastYear();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random numbers (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    /** The model parameters as given, checked; every bad one is reported. */
    SimulationSpec spec() {
        Matcher m = YEARS.matcher(years);
        if (!m.matches()) {
            throw new InputException(new Problem(null, null, 0, null,
                    "--years must be FROM-TO, e.g. 2016-2022, was " + years));
        }
        return new SimulationSpec(las, leaders, workers, missing, effect, gap, gapSd, laSd, noise,
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), seed).validate();
    }

    /** The chosen form, or the bundled one. */
    Form loadForm() {
        return form == null ? FormLoader.loadBundled("values-agreement") : FormLoader.load(form);
    }

    /** A short description of the form for messages. */
    String formName() {
        return form == null ? "the bundled values-agreement form" : form.toString();
    }
}
