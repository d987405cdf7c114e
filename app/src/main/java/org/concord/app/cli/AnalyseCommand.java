package org.concord.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.app.Version;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.stats.analysis.Analysis;
import org.concord.stats.analysis.AnalysisOptions;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.Indices;
import org.concord.stats.analysis.PlainWords;
import org.concord.stats.input.InputFile;
import org.concord.stats.input.ItemCoding;
import org.concord.stats.input.Rates;
import org.concord.stats.input.RatesReader;
import org.concord.stats.input.ResponseAccumulator;
import org.concord.stats.input.ResponseSet;
import org.concord.stats.input.ResponsesCsvReader;
import org.concord.stats.input.ServerResponsesReader;
import org.concord.server.ServerStudyReader;
import org.concord.stats.input.StudyResponsesReader;
import org.concord.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code concord analyse}: responses (CSV or study files) and published LA rates in, the comparison of worker-leader
 * agreement between LAs with falling and rising rates out, as plain words on stdout, JSON and a report workbook.
 */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Is worker-leader agreement in values greater in LAs with falling rates than in LAs with "
            + "rising rates? Reads responses and rates, prints the answer, and writes JSON and a workbook.",
            "Exit 0 on success, 2 on bad input (each problem on stderr), 1 on an internal error."})
public final class AnalyseCommand implements Callable<Integer> {
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");

    @Spec
    private CommandSpec spec;

    @Option(names = "--form", paramLabel = "F", description = "the XLSForm (.xlsx, a folder, or the name of a "
            + "bundled form such as values-agreement); study files use the form stored inside unless this is given")
    private Path form;

    @Option(names = "--responses", paramLabel = "CSV", description = "a long responses CSV (repeatable)")
    private List<Path> responses = new ArrayList<>();

    @Option(names = "--study", paramLabel = "FILE", description = "a study file (repeatable)")
    private List<Path> studies = new ArrayList<>();

    @Mixin
    private ServerStudyOptions server = new ServerStudyOptions();

    @Option(names = "--rates", required = true, paramLabel = "R",
            description = "rates: tidy la_code,year,rate[,la_name] or a DfE Explore Education Statistics CSV")
    private Path rates;

    @Option(names = "--rate-column", paramLabel = "C", description = "the rate column (needed when a DfE file has "
            + "several)")
    private String rateColumn;

    @Option(names = "--years", paramLabel = "FROM-TO", description = "trend window, e.g. 2016-2020 (default: the "
            + "last 5 years of the rates file)")
    private String years;

    @Option(names = "--stable-band", paramLabel = "P", defaultValue = "2",
            description = "a trend within +/-P %% a year is stable (default ${DEFAULT-VALUE})")
    private double stableBand;

    @Option(names = "--index", paramLabel = "NAME", defaultValue = Indices.DEFAULT,
            description = "index compared: person_mad, person_d2, group_mad, group_d, profile_r, rwg_j, "
                    + "rwg_j_lindell, ad_mean (default ${DEFAULT-VALUE})")
    private String index;

    @Option(names = "--min-leaders", paramLabel = "N", defaultValue = "2",
            description = "leaders an LA needs (default ${DEFAULT-VALUE})")
    private int minLeaders;

    @Option(names = "--min-workers", paramLabel = "N", defaultValue = "3",
            description = "workers an LA needs (default ${DEFAULT-VALUE})")
    private int minWorkers;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--permutations", paramLabel = "N", defaultValue = "99999",
            description = "Monte Carlo permutations (default ${DEFAULT-VALUE})")
    private int permutations;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "9999",
            description = "bootstrap resamples (default ${DEFAULT-VALUE})")
    private int bootstrap;

    @Option(names = "--json", paramLabel = "FILE", description = "write the result as JSON")
    private Path json;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "write the report workbook")
    private Path out;

    @Override
    public Integer call() throws IOException {
        AnalysisOptions options = options();
        org.concord.stats.analysis.ItemTable.warmUpInBackground();
        if (out != null) {
            org.concord.stats.report.WorkbookWriter.warmUpInBackground();
        }
        progress("reading the inputs");
        // SHA-256 of the inputs (tens of MB at national scale) is computed alongside the reading.
        FutureTask<List<InputFile>> hashing = new FutureTask<>(this::hashInputs);
        Thread hasher = new Thread(hashing, "concord-sha256");
        hasher.setDaemon(true);
        hasher.start();
        List<Problem> problems = new ArrayList<>();
        List<InputFile> inputs = new ArrayList<>();
        ResponseSet set = null;
        try {
            set = readResponses(inputs);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        Rates rateData = null;
        try {
            rateData = RatesReader.read(rates, rates.toString(), rateColumn);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        inputs.addAll(hashes(hashing));
        progress("analysing " + set.las().size() + " LAs, " + set.respondents() + " respondents");
        AnalysisResult result = Analysis.run(set, rateData, options, Version.get(), inputs);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        stdout.println(PlainWords.QUESTION);
        for (String sentence : PlainWords.answer(result)) {
            stdout.println(sentence);
        }
        long excluded = result.las().stream().filter(la -> !la.included()).count();
        stdout.println(result.las().size() + " LAs in the responses, " + (result.las().size() - excluded)
                + " included, " + excluded + " excluded (reasons in the LAs sheet and the JSON).");
        for (String note : result.notes()) {
            stderr.println("concord analyse: " + note);
        }
        if (json != null) {
            progress("writing " + json);
            try {
                org.concord.stats.report.JsonResultWriter.write(result, json);
            } catch (IOException e) {
                throw InputException.ofFile(json.toString(), "cannot be written: " + e.getMessage());
            }
            stdout.println("Wrote " + json);
        }
        if (out != null) {
            progress("writing " + out);
            // Loaded only here, so that a run without --out never loads POI.
            try {
                org.concord.stats.report.WorkbookWriter.write(result, out);
            } catch (IOException e) {
                throw InputException.ofFile(out.toString(), "cannot be written: " + e.getMessage()
                        + " (is it open in a spreadsheet program?)");
            }
            stdout.println("Wrote " + out);
        }
        stdout.flush();
        stderr.flush();
        return 0;
    }

    private AnalysisOptions options() {
        List<Problem> problems = new ArrayList<>();
        Integer from = null;
        Integer to = null;
        if (years != null) {
            Matcher m = YEARS.matcher(years.trim());
            if (m.matches()) {
                from = Integer.valueOf(m.group(1));
                to = Integer.valueOf(m.group(2));
            } else {
                problems.add(Problem.ofFile(null, "--years " + years + " is not a window; write FROM-TO such as "
                        + "2016-2020"));
            }
        }
        if (responses.isEmpty() && studies.isEmpty() && !server.given()) {
            problems.add(Problem.ofFile(null, "no responses: give --responses CSV or --study FILE (or several)"));
        }
        server.check(problems);
        if (form == null && !responses.isEmpty() && studies.isEmpty() && !server.given()) {
            problems.add(Problem.ofFile(null, "--form is needed to read --responses CSVs (the form the data were "
                    + "collected with)"));
        }
        if (!Double.isFinite(stableBand) || stableBand < 0) {
            problems.add(Problem.ofFile(null, "--stable-band must be 0 or more (% a year)"));
        }
        positive(problems, "--min-leaders", minLeaders);
        positive(problems, "--min-workers", minWorkers);
        positive(problems, "--permutations", permutations);
        positive(problems, "--bootstrap", bootstrap);
        if (!Indices.NAMES.contains(index)) {
            problems.add(Problem.ofFile(null, "--index " + index + " does not exist; use one of "
                    + String.join(", ", Indices.NAMES)));
        }
        for (Path p : new Path[] {json, out}) {
            Path parent = p == null ? null : p.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                problems.add(Problem.ofFile(p.toString(), "cannot be written: the folder " + parent
                        + " does not exist"));
            } else if (p != null && Files.isDirectory(p)) {
                problems.add(Problem.ofFile(p.toString(), "is a folder; give a file name"));
            }
        }
        for (Path p : inputsToCheck()) {
            if (!Files.exists(p)) {
                problems.add(Problem.ofFile(p.toString(), "no such file or folder"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new AnalysisOptions(from, to, stableBand, index, minLeaders, minWorkers, seed, permutations,
                bootstrap);
    }

    private List<Path> inputsToCheck() {
        List<Path> all = new ArrayList<>(responses);
        all.addAll(studies);
        all.add(rates);
        if (form != null && !isBundled(form)) {
            all.add(form);
        }
        return all;
    }

    /** True when {@code --form} names a form bundled with Concord (e.g. values-agreement) and no such path exists. */
    private static boolean isBundled(Path path) {
        return !Files.exists(path) && path.getNameCount() == 1 && path.toString().matches("[A-Za-z0-9_.-]+")
                && FormLoader.class.getClassLoader().getResource("org/concord/forms/bundled/" + path + "/survey.csv")
                != null;
    }

    private static void positive(List<Problem> problems, String option, long value) {
        if (value < 1) {
            problems.add(Problem.ofFile(null, option + " must be at least 1"));
        }
    }

    /**
     * The form (given, else stored in the first study file), then every answer read against it. Each study file is
     * opened once, read-only.
     */
    private ResponseSet readResponses(List<InputFile> inputs) {
        List<Study> open = new ArrayList<>();
        ServerStudyReader fromServer = null;
        try {
            for (Path study : studies) {
                open.add(Study.openReadOnly(study));
            }
            fromServer = server.given() ? server.open() : null;
            Form theForm;
            if (form != null && isBundled(form)) {
                theForm = FormLoader.loadBundled(form.toString());
                inputs.add(new InputFile("form", "bundled " + form, theForm.source().sha256()));
            } else if (form != null) {
                theForm = FormLoader.load(form);
            } else if (open.isEmpty()) {
                theForm = fromServer.form();
            } else {
                theForm = open.get(0).form();
                for (int k = 1; k < open.size(); k++) {
                    if (!open.get(k).formSource().sha256().equals(open.get(0).formSource().sha256())) {
                        throw InputException.ofFile(studies.get(k).toString(), "holds another form than "
                                + studies.get(0) + "; give the form to analyse with --form");
                    }
                }
            }
            ResponseAccumulator acc = new ResponseAccumulator(ItemCoding.of(theForm));
            for (Path csv : responses) {
                ResponsesCsvReader.read(csv, csv.toString(), acc);
            }
            for (int k = 0; k < open.size(); k++) {
                StudyResponsesReader.read(open.get(k), studies.get(k).toString(), acc);
            }
            if (fromServer != null) {
                inputs.add(ServerResponsesReader.read(fromServer, acc));
            }
            return acc.build();
        } finally {
            open.forEach(Study::close);
            if (fromServer != null) {
                fromServer.close();
            }
        }
    }

    /** Every input file given as a path, with its SHA-256: form, responses, study files, rates. */
    private List<InputFile> hashInputs() {
        List<InputFile> files = new ArrayList<>();
        if (form != null && !isBundled(form)) {
            files.add(InputFile.of("form", form));
        }
        responses.forEach(p -> files.add(InputFile.of("responses", p)));
        studies.forEach(p -> files.add(InputFile.of("study", p)));
        files.add(InputFile.of("rates", rates));
        return files;
    }

    private static List<InputFile> hashes(FutureTask<List<InputFile>> hashing) throws IOException {
        try {
            return hashing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing the inputs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Progress on stderr, only when a person is watching a terminal. */
    private void progress(String message) {
        if (System.console() != null) {
            spec.commandLine().getErr().println("concord analyse: " + message + " ...");
            spec.commandLine().getErr().flush();
        }
    }
}
