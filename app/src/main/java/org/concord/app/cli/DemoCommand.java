package org.concord.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.concord.common.InputException;
import org.concord.app.Version;
import org.concord.common.OutputFile;
import org.concord.stats.analysis.AnalysisInput;
import org.concord.stats.analysis.AnalysisOptions;
import org.concord.stats.analysis.AnalysisReader;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.ComparisonSummary;
import org.concord.stats.analysis.Progress;
import org.concord.stats.report.JsonResultWriter;
import org.concord.stats.report.WorkbookWriter;
import org.concord.stats.simulate.SimulationSpec;
import org.concord.stats.simulate.SyntheticStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code concord demo}: simulates a small study with the bundled form, analyses it and writes the workbook and the
 * JSON to a new folder, then states the headline result in two sentences. Needs no display.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Simulates a small study, analyses it and prints the headline.",
        description = {"Simulates a small study (20 LAs, the bundled form), analyses it, writes report.xlsx and"
                + " result.json (with the study file, rates and long CSV) to a new folder and prints the headline."})
public final class DemoCommand implements Callable<Integer> {
    /** The folder name the demo writes to, with -2, -3, ... appended when it is taken. */
    public static final String FOLDER = "concord-demo";

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "The folder to write to (created; must be empty if it exists). Default: a new"
                    + " concord-demo folder here, or in the temp folder when this one is not writable.")
    Path dir;

    @Option(names = "--las", paramLabel = "N", description = "Number of LAs (default: ${DEFAULT-VALUE}).")
    int las = 20;

    @Option(names = "--effect", paramLabel = "D",
            description = "True difference in worker-leader distance (default: ${DEFAULT-VALUE}).")
    double effect = SimulationSpec.defaults().effect();

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--permutations", paramLabel = "N",
            description = "Monte Carlo permutations when exact enumeration is too large (default: ${DEFAULT-VALUE}).")
    int permutations = AnalysisOptions.defaults().permutations();

    @Option(names = "--bootstrap", paramLabel = "N", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int bootstrap = AnalysisOptions.defaults().bootstrap();

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        Path folder = dir != null ? prepare(dir) : newFolder(Path.of("").toAbsolutePath());
        SimulationOptions model = new SimulationOptions();
        model.las = las;
        model.effect = effect;
        model.seed = seed;
        Path study = folder.resolve("study.concord");
        Path rates = folder.resolve("rates.csv");
        Path csv = folder.resolve("responses.csv");
        SyntheticStudy synthetic = SimulateCommand.simulate(model, null, study, csv, rates, "0000", false, null);

        AnalysisInput input = AnalysisInput.builder().studies(List.of(study)).rates(rates, null)
                .years(synthetic.spec().firstYear() + "-" + synthetic.spec().lastYear())
                .resampling(seed, permutations, bootstrap).version(Version.get()).build();
        AnalysisResult result = AnalysisReader.run(input, Progress.NONE);
        Path json = folder.resolve("result.json");
        Path workbook = folder.resolve("report.xlsx");
        OutputFile.check(json, false);
        OutputFile.check(workbook, false);
        JsonResultWriter.write(result, json);
        WorkbookWriter.write(result, workbook);

        PrintWriter out = spec.commandLine().getOut();
        out.println(headline(result, synthetic));
        out.printf(Locale.ROOT, "The workbook and JSON are in %s (report.xlsx, result.json), with the simulated study,"
                + " rates and responses they came from (%.1f s).%n", folder, (System.nanoTime() - started) / 1e9);
        out.flush();
        return 0;
    }

    /** The first sentence: what was simulated and what the comparison found. */
    static String headline(AnalysisResult result, SyntheticStudy synthetic) {
        ComparisonSummary c = result.comparison();
        SimulationSpec s = synthetic.spec();
        String design = String.format(Locale.ROOT, "Concord simulated %d LAs (%d leaders and %d workers each, a true"
                + " difference of %s scale points) and analysed them", s.las(), s.leaders(), s.workers(), s.effect());
        if (c.difference() == null || c.nFalling() == 0 || c.nRising() == 0) {
            return design + ", but the comparison had no LAs in one of the trend groups.";
        }
        boolean fallingCloser = c.difference() < 0;
        return String.format(Locale.ROOT, "%s: workers and leaders agreed %s in the %d LAs with falling rates (mean"
                        + " %s %.3f) than in the %d with rising rates (%.3f), difference %.3f, Mann-Whitney p = %s,"
                        + " permutation p = %s.", design, fallingCloser ? "more closely" : "less closely",
                c.nFalling(), c.index(), c.meanFalling(), c.nRising(), c.meanRising(), c.difference(),
                p(c.mannWhitney().p()), p(c.permutation().p()));
    }

    private static String p(Double p) {
        return p == null ? "undefined" : p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** A new folder {@code concord-demo}, {@code concord-demo-2}, ... under {@code base} (or the temp folder). */
    static Path newFolder(Path base) throws IOException {
        Path parent = Files.isWritable(base) ? base : Path.of(System.getProperty("java.io.tmpdir"));
        for (int n = 1; ; n++) {
            Path candidate = parent.resolve(n == 1 ? FOLDER : FOLDER + "-" + n);
            try {
                return Files.createDirectory(candidate);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // try the next name: an earlier demo's results are never overwritten
            }
        }
    }

    private static Path prepare(Path folder) {
        try {
            Files.createDirectories(folder);
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw InputException.ofFile(folder.toString(), "is not empty; the demo writes"
                            + " only to a new or empty folder (leave out --dir to let it choose one)");
                }
            }
            return folder;
        } catch (IOException e) {
            throw InputException.ofFile(folder.toString(), "cannot create or read this folder ("
                    + e.getMessage() + "); choose a writable --dir");
        }
    }
}
