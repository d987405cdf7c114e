package org.concord.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.concord.common.InputException;
import org.concord.common.OutputFile;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.stats.simulate.LaListReader;
import org.concord.stats.simulate.LaPlan;
import org.concord.stats.simulate.Progress;
import org.concord.stats.simulate.SimulatedStudyWriter;
import org.concord.stats.simulate.SimulatedTrend;
import org.concord.stats.simulate.SimulationFiles;
import org.concord.stats.simulate.SimulationSpec;
import org.concord.stats.simulate.StudySimulator;
import org.concord.stats.simulate.SyntheticStudy;
import org.concord.study.StudyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concord simulate}: writes a synthetic study file, its tidy rates and optionally the long responses CSV. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        header = "Writes a study file with synthetic answers, and its rates.",
        description = {"Writes a study file with synthetic answers to a form for a list of made-up LAs, and a matching"
                + " tidy rates file, so that the analysis can be tried and checked. The generative model is described"
                + " in the README (Simulation, demo and power). Seeded: the same options give the same study."})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions model = new SimulationOptions();

    @Option(names = "--out", paramLabel = "FILE.concord",
            description = "The study file to create (default: ${DEFAULT-VALUE}); it must not exist.")
    Path out = Path.of("simulated.concord");

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the long responses CSV here.")
    Path csv;

    @Option(names = "--rates", paramLabel = "FILE.csv",
            description = "The tidy rates file (la_code,year,rate,la_name); default: the study's name + -rates.csv.")
    Path rates;

    @Option(names = "--la-list", paramLabel = "FILE.csv", description = "Simulate these LAs: a CSV with la_code and"
            + " optionally la_name, leaders and workers per LA (blank = --leaders, --workers); replaces --las.")
    Path laList;

    @Option(names = "--pin", paramLabel = "PIN", description = "Admin PIN of the new study (default: ${DEFAULT-VALUE}).")
    String pin = "0000";

    @Option(names = "--force", description = "Replace output files that exist (a study only when no program has it"
            + " open).")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        long started = System.nanoTime();
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "Writing LAs");
        SyntheticStudy study = simulate(model, laList, out, csv, ratesFile(out, rates), pin, force,
                progress::update);
        progress.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        stdout.printf(Locale.ROOT, "Wrote %s: %d LAs (%d falling, %d rising, %d stable), %d participants,"
                        + " %d answers, seed %d, in %.1f s.%n", out, study.las().size(),
                study.lasWithTrend(SimulatedTrend.FALLING).size(), study.lasWithTrend(SimulatedTrend.RISING).size(),
                study.lasWithTrend(SimulatedTrend.STABLE).size(), study.participants().size(), study.answerCount(),
                study.spec().seed(), seconds);
        stdout.println("Wrote " + ratesFile(out, rates) + " (tidy rates, " + study.spec().firstYear() + "-"
                + study.spec().lastYear() + ").");
        if (csv != null) {
            stdout.println("Wrote " + csv + " (long responses CSV).");
        }
        stdout.println("Admin PIN of the study: " + pin);
        stdout.flush();
        return 0;
    }

    /** The rates file: as given, or next to the study with {@code -rates.csv} in place of its extension. */
    static Path ratesFile(Path study, Path given) {
        if (given != null) {
            return given;
        }
        String name = study.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return study.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-rates.csv");
    }

    /**
     * Generates the study and writes its files; refuses, before writing anything, when any of them cannot be written
     * or (without {@code force}) exists already, so that no user file is overwritten unasked. Each file is written
     * under a temporary name and renamed into place when complete.
     */
    static SyntheticStudy simulate(SimulationOptions model, Path laList, Path studyFile, Path csvFile,
                                   Path ratesFile, String pin, boolean force, Progress progress) {
        List<Problem> problems = new ArrayList<>();
        List<Path> inputs = laList == null ? List.of() : List.of(laList);
        for (Path file : new Path[] {studyFile, csvFile, ratesFile}) {
            if (file != null) {
                problems.addAll(OutputFile.problems(file, force, inputs));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        SimulationSpec spec = model.spec();
        List<LaPlan> plan = laList == null ? LaPlan.of(spec)
                : LaListReader.read(laList, spec.leaders(), spec.workers());
        Form form = model.loadForm();
        SyntheticStudy study = StudySimulator.generate(form, spec, plan);
        // The CSV is written on another core while the study file is written: half the time of a national study.
        CompletableFuture<Void> csvJob = csvFile == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> SimulationFiles.writeLongCsv(study, csvFile));
        boolean done = false;
        try {
            if (force && Files.exists(studyFile)) {
                StudyFiles.delete(studyFile);
            }
            SimulatedStudyWriter.write(study, studyFile, pin.toCharArray(), progress);
            SimulationFiles.writeTidyRates(study, ratesFile);
            try {
                csvJob.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            done = true;
        } catch (UncheckedIOException e) {
            throw InputException.ofFile(null, e.getMessage() + "; check that the folder is writable and the disk"
                    + " has space");
        } finally {
            if (!done) {
                // A failed run leaves none of its files behind (each appears only once complete).
                csvJob.handle((ok, error) -> null).join();
                for (Path file : new Path[] {studyFile, csvFile, ratesFile}) {
                    if (!force) {
                        deleteQuietly(file);
                    }
                }
            }
        }
        return study;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (java.io.IOException ignored) {
            // the failure that brought us here is the one to report
        }
    }
}
