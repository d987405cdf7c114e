package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.concord.stats.analysis.AnalysisOptions;
import org.concord.stats.analysis.Progress;
import org.concord.stats.report.JsonResultWriter;
import org.concord.app.workspace.run.AnalysisRequest;
import org.concord.app.workspace.run.AnalysisRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of issue 9 on the command line: every command refuses an existing output unless {@code --force}; a
 * read-only folder is bad input; reading a study leaves its folder as it was; bad responses CSVs and impossible
 * power sizes are exit 2 naming the file; {@code analyse} without {@code --form} picks the form as the workspace does.
 */
class OutputAndInputRulesTest {
    @TempDir
    Path dir;

    private Path src;
    private Path study;
    private Path csv;
    private Path rates;

    @BeforeEach
    void simulateASmallStudy() throws Exception {
        src = Files.createDirectory(dir.resolve("src"));
        study = src.resolve("s.concord");
        csv = src.resolve("s.csv");
        rates = src.resolve("s-rates.csv");
        CliRun run = CliRun.of("simulate", "--las", "6", "--leaders", "2", "--workers", "3", "--out",
                study.toString(), "--csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static Map<String, String> listing(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.size(f) + " " + Files.getLastModifiedTime(f));
            }
        }
        return out;
    }

    private String[] analyse(String... more) {
        List<String> a = new ArrayList<>(List.of("analyse", "--study", study.toString(), "--rates", rates.toString(),
                "--permutations", "99", "--bootstrap", "99"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    /** Runs {@code args} (which write {@code target}): refused while it exists, then replaced with --force. */
    private void refusedUnlessForced(Path target, String... args) throws Exception {
        Files.writeString(target, "mine");
        CliRun refused = CliRun.of(args);
        assertThat(refused.exitCode()).as(String.join(" ", args) + "\n" + refused.err()).isEqualTo(2);
        assertThat(refused.err()).as(String.join(" ", args)).contains(target + ": already exists; choose another"
                + " name, or add --force to replace it");
        assertThat(Files.readString(target)).as(String.join(" ", args)).isEqualTo("mine");
        List<String> forced = new ArrayList<>(List.of(args));
        forced.add("--force");
        CliRun replaced = CliRun.of(forced.toArray(String[]::new));
        assertThat(replaced.exitCode()).as(String.join(" ", forced) + "\n" + replaced.err()).isZero();
        assertThat(Files.size(target)).as(target.toString()).isGreaterThan(4);
    }

    @Test
    void everyCommandRefusesAnExistingOutputUnlessForcedAndLeavesNoTemporaryFile() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        refusedUnlessForced(out.resolve("r.csv"), "export", "--study", study.toString(), "--csv",
                out.resolve("r.csv").toString());
        refusedUnlessForced(out.resolve("r.xlsx"), "export", "--study", study.toString(), "--xlsx",
                out.resolve("r.xlsx").toString());
        refusedUnlessForced(out.resolve("a.xlsx"), analyse("--out", out.resolve("a.xlsx").toString()));
        refusedUnlessForced(out.resolve("a.json"), analyse("--json", out.resolve("a.json").toString()));
        refusedUnlessForced(out.resolve("form.xlsx"), "form", "export", "--out", out.resolve("form.xlsx").toString());
        refusedUnlessForced(out.resolve("x.csv"), "simulate", "--las", "3", "--out", out.resolve("x.concord")
                .toString(), "--csv", out.resolve("x.csv").toString());
        refusedUnlessForced(out.resolve("m.concord"), "merge", "--out", out.resolve("m.concord").toString(),
                study.toString());
        assertThat(listing(out).keySet()).containsExactly("a.json", "a.xlsx", "form.xlsx", "m.concord", "r.csv",
                "r.xlsx", "x-rates.csv", "x.concord", "x.csv");
    }

    @Test
    void simulateIntoAReadOnlyFolderIsExitTwoNamingThePath() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        ReadOnlyFolders.lock(locked);
        try {
            CliRun run = CliRun.of("simulate", "--las", "3", "--out", dir.resolve("y.concord").toString(), "--csv",
                    locked.resolve("y.csv").toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(locked.resolve("y.csv") + ": cannot be written: the folder " + locked
                    + " is read-only; choose a folder you can write to\n");
            assertThat(dir.resolve("y.concord")).doesNotExist();
        } finally {
            ReadOnlyFolders.unlock(locked);
        }
    }

    @Test
    void exportAnalyseMergeAndDemoLeaveTheFoldersTheyReadAsTheyWere() throws Exception {
        Map<String, String> before = listing(src);
        assertThat(before.keySet()).containsExactly("s-rates.csv", "s.concord", "s.csv");
        Path out = Files.createDirectory(dir.resolve("out"));
        assertThat(CliRun.of("export", "--study", study.toString(), "--csv", out.resolve("e.csv").toString())
                .exitCode()).isZero();
        assertThat(CliRun.of("export", "--study", study.toString(), "--xlsx", out.resolve("e.xlsx").toString())
                .exitCode()).isZero();
        assertThat(CliRun.of(analyse("--json", out.resolve("a.json").toString())).exitCode()).isZero();
        assertThat(CliRun.of("merge", "--out", out.resolve("m.concord").toString(), study.toString()).exitCode())
                .isZero();
        assertThat(listing(src)).isEqualTo(before);
        Path demo = dir.resolve("demo");
        CliRun run = CliRun.of("demo", "--dir", demo.toString(), "--las", "6", "--permutations", "99", "--bootstrap",
                "99");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(listing(demo).keySet()).containsExactly("rates.csv", "report.xlsx", "responses.csv",
                "result.json", "study.concord");
    }

    @Test
    void badResponsesCsvsAreExitTwoNamingTheFileRowAndColumn() throws Exception {
        String header = "participant_id,la_code,item,value,la_name\n";
        Path quote = Files.writeString(dir.resolve("quote.csv"), header + "p1,X0001,role,director,A\n"
                + "p1,X0001,v01,\"3,A\np1,X0001,v02,4,A\n", StandardCharsets.UTF_8);
        Path big = Files.writeString(dir.resolve("big.csv"), header + "p1,X0001,role,director,"
                + "A".repeat(20 * 1024 * 1024) + "\n", StandardCharsets.UTF_8);
        Path empty = Files.writeString(dir.resolve("empty.csv"), header, StandardCharsets.UTF_8);
        for (Path bad : List.of(quote, big, empty)) {
            CliRun run = CliRun.of("analyse", "--responses", bad.toString(), "--rates", rates.toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).startsWith(bad.toString()).doesNotContain("internal error");
        }
        assertThat(CliRun.of("analyse", "--responses", quote.toString(), "--rates", rates.toString()).err())
                .startsWith(quote + " row 3: a quoted cell");
        assertThat(CliRun.of("analyse", "--responses", big.toString(), "--rates", rates.toString()).err())
                .startsWith(big + " row 2, column la_name: the cell holds 20,971,520 characters");
        assertThat(CliRun.of("analyse", "--responses", empty.toString(), "--rates", rates.toString()).err())
                .startsWith(empty + ": the file has a header but no rows of answers");
    }

    @Test
    void powerWithOneLaIsExitTwo() {
        CliRun run = CliRun.of("power", "--las", "1");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("--las 1 is too few for a power estimate");
    }

    @Test
    void analyseWithoutFormReadsCsvsWithTheBundledFormAndWritesWhatTheWorkspaceComputes() throws Exception {
        Path json = dir.resolve("cli.json");
        CliRun run = CliRun.of("analyse", "--responses", csv.toString(), "--rates", rates.toString(),
                "--permutations", "99", "--bootstrap", "99", "--json", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        AnalysisOptions options = AnalysisOptions.defaults().withResampling(1, 99, 99);
        String workspace = JsonResultWriter.toJson(AnalysisRunner.run(new AnalysisRequest(List.of(csv), null, rates,
                null, options), Progress.NONE));
        assertThat(Files.readString(json)).contains("\"file\": \"bundled values-agreement\"")
                .isEqualTo(workspace);
    }
}
