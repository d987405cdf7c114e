package org.concord.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.concord.app.Version;
import org.concord.common.InputException;
import org.concord.common.OutputFile;
import org.concord.common.Problem;
import org.concord.forms.FormLoader;
import org.concord.stats.analysis.AnalysisInput;
import org.concord.stats.analysis.AnalysisOptions;
import org.concord.stats.analysis.AnalysisReader;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.PlainWords;
import org.concord.stats.report.JsonResultWriter;
import org.concord.stats.report.WorkbookWriter;
import org.concord.stats.analysis.ItemTable;
import org.concord.stats.analysis.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code concord analyse}: responses (CSV or study files) and published LA rates in, the comparison of worker-leader
 * agreement between LAs with falling and rising rates out, as plain words on stdout, JSON and a report workbook. The
 * inputs are read and checked by {@link AnalysisReader}, as the workspace and the demo do.
 */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Is worker-leader agreement in values greater in LAs with falling rates than in LAs with "
            + "rising rates? Reads responses and rates, prints the answer, and writes JSON and a workbook.",
            "Exit 0 on success, 2 on bad input (each problem on stderr), 1 on an internal error."})
public final class AnalyseCommand implements Callable<Integer> {
    private static final AnalysisOptions DEFAULTS = AnalysisOptions.defaults();

    @Spec
    private CommandSpec spec;

    @Option(names = "--form", paramLabel = "F", description = "the XLSForm (.xlsx, a folder, or the name of a "
            + "bundled form such as values-agreement); default: the form stored in the first study file, else the "
            + "bundled " + FormLoader.DEFAULT_FORM)
    private String form;

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
            + "last " + AnalysisOptions.DEFAULT_WINDOW + " years of the rates file)")
    private String years;

    @Option(names = "--stable-band", paramLabel = "P",
            description = "a trend within +/-P %% a year is stable (default ${DEFAULT-VALUE})")
    private double stableBand = DEFAULTS.stableBand();

    @Option(names = "--index", paramLabel = "NAME",
            description = "index compared: person_mad, person_d2, group_mad, group_d, profile_r, rwg_j, "
                    + "rwg_j_lindell, ad_mean (default ${DEFAULT-VALUE})")
    private String index = DEFAULTS.index();

    @Option(names = "--min-leaders", paramLabel = "N", description = "leaders an LA needs (default ${DEFAULT-VALUE})")
    private int minLeaders = DEFAULTS.minLeaders();

    @Option(names = "--min-workers", paramLabel = "N", description = "workers an LA needs (default ${DEFAULT-VALUE})")
    private int minWorkers = DEFAULTS.minWorkers();

    @Option(names = "--seed", paramLabel = "N", description = "seed (default ${DEFAULT-VALUE})")
    private long seed = DEFAULTS.seed();

    @Option(names = "--permutations", paramLabel = "N",
            description = "Monte Carlo permutations (default ${DEFAULT-VALUE})")
    private int permutations = DEFAULTS.permutations();

    @Option(names = "--bootstrap", paramLabel = "N", description = "bootstrap resamples (default ${DEFAULT-VALUE})")
    private int bootstrap = DEFAULTS.bootstrap();

    @Option(names = "--json", paramLabel = "FILE", description = "write the result as JSON")
    private Path json;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "write the report workbook")
    private Path out;

    @Option(names = "--force", description = "replace --json, --out and --la-sav files that exist")
    private boolean force;

    @Option(names = "--language", paramLabel = "CODE", description = "the plain-words answer (printed, and in the "
            + "--out workbook's Summary sheet) in this language: en or cy (default ${DEFAULT-VALUE})")
    private String language = "en";

    @Option(names = "--factors", paramLabel = "N", description = "factors of the factor analysis (default: the "
            + "number of domains)")
    private Integer factors;

    @Option(names = "--la-sav", paramLabel = "FILE.sav", description = "write the per-LA table (as in the JSON) as an"
            + " SPSS system file")
    private Path laSav;

    @Option(names = "--timings", description = "print the time of each stage (start, reading, indices, comparison, "
            + "items and models, JSON, workbook) on stderr")
    private boolean timings;

    @Override
    public Integer call() throws IOException {
        if (!"en".equals(language) && !"cy".equals(language)) {
            throw new ParameterException(spec.commandLine(), "--language must be en or cy, not " + language);
        }
        StageTimes times = new StageTimes();
        List<Problem> problems = new ArrayList<>();
        AnalysisInput input = null;
        try {
            input = AnalysisInput.builder().responses(responses).studies(studies).form(form)
                    .rates(rates, rateColumn).years(years).rules(stableBand, index, minLeaders, minWorkers)
                    .resampling(seed, permutations, bootstrap).factors(factors)
                    .server(server.given() ? server::open : null).version(Version.get()).build();
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        server.check(problems);
        List<Path> inputs = new ArrayList<>(responses);
        inputs.addAll(studies);
        inputs.add(rates);
        for (Path target : new Path[] {json, out, laSav}) {
            if (target != null) {
                problems.addAll(OutputFile.problems(target, force, inputs));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        ItemTable.warmUpInBackground();
        if (out != null && spareCore(LOAD_AVERAGE, Runtime.getRuntime().availableProcessors())) {
            WorkbookWriter.warmUpInBackground();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        progress("reading and analysing the inputs");
        AnalysisResult result = AnalysisReader.run(input, times);
        stdout.println(PlainWords.question(language));
        for (String sentence : PlainWords.answer(result, language)) {
            stdout.println(sentence);
        }
        long excluded = result.las().stream().filter(la -> !la.included()).count();
        stdout.println(result.las().size() + " LAs in the responses, " + (result.las().size() - excluded)
                + " included, " + excluded + " excluded (reasons in the LAs sheet and the JSON).");
        for (String note : result.notes()) {
            stderr.println("concord analyse: " + note);
        }
        if (json != null) {
            times.step("json", 1);
            progress("writing " + json);
            try {
                JsonResultWriter.write(result, json);
            } catch (IOException e) {
                throw OutputFile.failure(json, e);
            }
            stdout.println("Wrote " + json);
        }
        if (out != null) {
            times.step("workbook", 1);
            progress("writing " + out);
            // Loaded only here, so that a run without --out never loads POI.
            try {
                WorkbookWriter.write(result, out, language);
            } catch (IOException e) {
                throw OutputFile.failure(out, e);
            }
            stdout.println("Wrote " + out);
        }
        if (laSav != null) {
            times.step("la-sav", 1);
            try {
                OutputFile.replace(laSav, temp -> {
                    LaTableSav.write(result, temp);
                    return null;
                });
            } catch (IOException e) {
                throw OutputFile.failure(laSav, e);
            }
            stdout.println("Wrote " + laSav);
        }
        times.step("total", 1);
        stdout.flush();
        if (timings) {
            times.print(stderr);
        }
        stderr.flush();
        return 0;
    }

    /**
     * The time of each stage, wall and CPU (of the whole process, all threads): from the process's launch to this
     * command (the JVM's start and the command line), then each stage the analysis reports, then each output; printed
     * by {@code --timings}. Under load the CPU time is the steadier figure.
     */
    private static final class StageTimes implements Progress {
        private final List<String> stages = new ArrayList<>();
        private final List<Long> wall = new ArrayList<>();
        private final List<Long> cpu = new ArrayList<>();

        StageTimes() {
            ProcessHandle.Info self = ProcessHandle.current().info();
            stages.add("start");
            wall.add(self.startInstant().map(Instant::toEpochMilli).orElse(System.currentTimeMillis()));
            cpu.add(0L);
            mark("checks");
        }

        private void mark(String stage) {
            stages.add(stage);
            wall.add(System.currentTimeMillis());
            cpu.add(ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L));
        }

        @Override
        public void step(String stage, double fraction) {
            String name = Progress.TRENDS.equals(stage) ? Progress.INDICES
                    : Progress.ITEMS.equals(stage) ? "items and models" : stage;
            if (!name.equals(stages.get(stages.size() - 1))) {
                mark(name);
            }
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        void print(PrintWriter err) {
            int last = stages.size() - 1;
            for (int i = 0; i <= last; i++) {
                boolean total = i == last;
                long w = total ? wall.get(last) - wall.get(0) : wall.get(i + 1) - wall.get(i);
                long c = total ? cpu.get(last) : cpu.get(i + 1) - cpu.get(i);
                err.printf(Locale.ROOT, "concord analyse: timing %-16s %,7d ms wall %,7d ms CPU%n",
                        total ? "total" : stages.get(i), w, c);
            }
        }
    }

    /** Where Linux tells the load average (elsewhere the file is missing and the warm-up always runs). */
    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

    /**
     * Whether a core is likely to be idle while the responses are read: the last minute's load average (the first
     * number of {@code loadavg}) below the number of cores, or no load average to read. Only then does loading POI
     * in the background shorten the run; when every core is busy it only adds CPU time (0.17 s in a national run:
     * the warm-up's own small workbook), as the workbook loads POI in any case.
     */
    static boolean spareCore(Path loadavg, int cores) {
        try {
            String text = java.nio.file.Files.readString(loadavg).trim();
            int end = text.indexOf(' ');
            return Double.parseDouble(end < 0 ? text : text.substring(0, end)) < cores;
        } catch (IOException | RuntimeException e) {
            return true;
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
