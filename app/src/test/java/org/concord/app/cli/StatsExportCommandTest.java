package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord export --sav/--dta} and {@code concord analyse --la-sav} end to end on the bundled form's simulated
 * study, each file opened by GNU PSPP, R's haven and pandas (a check is skipped when its tool is not installed).
 */
class StatsExportCommandTest {
    @TempDir
    Path dir;
    private Path study;
    private Path rates;
    private Path locked;

    @BeforeEach
    void simulate() {
        study = dir.resolve("national.concord");
        rates = dir.resolve("rates.csv");
        CliRun run = CliRun.of("simulate", "--out", study.toString(), "--rates", rates.toString(), "--las", "6",
                "--leaders", "3", "--workers", "5", "--seed", "7");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @AfterEach
    void unlock() throws Exception {
        if (locked != null) {
            tool(List.of("chattr", "-i", locked.toString()));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void savInWelshOpensInPsppAndR() throws Exception {
        Path sav = dir.resolve("national.sav");
        CliRun run = CliRun.of("export", "--study", study.toString(), "--sav", sav.toString(), "--language", "cy");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote 48 participants x ").contains(" variables to " + sav);
        String pspp = tool(List.of("pspp", "-o", dir.resolve("out.csv").toString(), write("read.sps",
                "GET FILE='" + sav + "'.\nDISPLAY DICTIONARY.\nDESCRIPTIVES /VARIABLES=role_group nr1.\n")));
        assertThat(pspp).as("pspp's messages").isEmpty();
        List<String> out = Files.readAllLines(dir.resolve("out.csv"), StandardCharsets.UTF_8);
        assertThat(out).contains("nr3,12,Dylai rheolwyr gymeradwyo cynllun drud pan fo'n amlwg mai hwnnw yw'r cynllun"
                + " gorau i'r plentyn.,Ordinal,Input,8,Right,F8.0,F8.0", ",5,Gweithiwr cymdeithasol",
                "Role group,48,1.63,.49,leader,worker");
        assumeTrue(tool(List.of("Rscript", "-e", "library(haven)")).isEmpty(), "R with haven is not installed");
        String r = tool(List.of("Rscript", "-e", "d <- haven::read_sav('" + sav + "'); cat(nrow(d), attr(d$role,"
                + " 'label'), names(attr(d$nr1, 'labels'))[5], sum(!is.na(d$role_group)), sep = '|')"));
        assertThat(r).isEqualTo("48|Pa un o'r rhain sy'n disgrifio'ch swydd bresennol orau?|Cytuno'n gryf|48");
    }

    @Test
    void dtaOpensInPandasAndR() throws Exception {
        Path dta = dir.resolve("national.dta");
        CliRun run = CliRun.of("export", "--study", study.toString(), "--dta", dta.toString(), "--completed-only");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assumeTrue(tool(List.of("python3", "-c", "import pandas")).isEmpty(), "pandas is not installed");
        String py = tool(List.of("python3", "-c", "import pandas as pd\nr = pd.io.stata.StataReader('" + dta + "')\n"
                + "d = r.read()\nprint(len(d), d['role'].iloc[0] in r.value_labels()['role'].values(),"
                + " r.value_labels()['nr1'][5], r.variable_labels()['completed_at'], d['completed_at'].isna().sum(),"
                + " sep='|')"));
        assertThat(py).isEqualTo("48|True|Strongly agree|Submitted (UTC)|0\n");
        assumeTrue(tool(List.of("Rscript", "-e", "library(haven)")).isEmpty(), "R with haven is not installed");
        String r = tool(List.of("Rscript", "-e", "d <- haven::read_dta('" + dta + "'); cat(nrow(d),"
                + " class(d$started_at)[1], attr(d$nr1, 'label'), sep = '|')"));
        // a Stata variable label holds 80 characters: the whole label is in the workbook's Codebook
        assertThat(r).isEqualTo("48|POSIXct|A child's plan should start from what they need, not from what services"
                + " are avai");
    }

    @Test
    void laTableOfTheAnalysisAsSav() throws Exception {
        Path sav = dir.resolve("las.sav");
        CliRun run = CliRun.of("analyse", "--study", study.toString(), "--rates", rates.toString(), "--la-sav",
                sav.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + sav);
        String pspp = tool(List.of("pspp", "-o", dir.resolve("las.csv").toString(), write("las.sps",
                "GET FILE='" + sav + "'.\nDISPLAY DICTIONARY.\nLIST /VARIABLES=la_code trend included.\n")));
        assertThat(pspp).as("pspp's messages").isEmpty();
        List<String> out = Files.readAllLines(dir.resolve("las.csv"), StandardCharsets.UTF_8);
        assertThat(out).contains("trend,5,Trend of the rate,Nominal,Input,8,Right,F8.0,F8.0", "Trend of the rate,1,"
                + "falling", "person_mad,10,Index person_mad,Scale,Input,8,Right,F8.6,F8.6");
        assertThat(out.stream().filter(l -> l.matches("[^,]+,[1-4],[01]"))).hasSize(6);
        CliRun again = CliRun.of("analyse", "--study", study.toString(), "--rates", rates.toString(), "--la-sav",
                sav.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains(sav + ": already exists; choose another name, or add --force");
    }

    @Test
    void existingOutputUnknownLanguageAndUnwritableFolderAreExitTwo() throws Exception {
        Path taken = dir.resolve("taken.dta");
        Files.writeString(taken, "keep");
        CliRun run = CliRun.of("export", "--study", study.toString(), "--dta", taken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(taken + ": already exists; choose another name, or add --force");
        assertThat(Files.readString(taken)).isEqualTo("keep");
        CliRun language = CliRun.of("export", "--study", study.toString(), "--sav", dir.resolve("x.sav").toString(),
                "--language", "fr");
        assertThat(language.exitCode()).isEqualTo(2);
        assertThat(language.err()).contains("--language fr: the form has no such language; use one of en, cy");
        assertThat(dir.resolve("x.sav")).doesNotExist();
        Path folder = Files.createDirectory(dir.resolve("locked"));
        lock(folder);
        CliRun locked = CliRun.of("export", "--study", study.toString(), "--sav", folder.resolve("o.sav").toString());
        assertThat(locked.exitCode()).isEqualTo(2);
        assertThat(locked.err()).contains(folder.resolve("o.sav") + ": cannot be written: the folder " + folder
                + " is read-only");
        assertThat(locked.err()).doesNotContain("Exception");
    }

    /** Makes a folder nobody may write to: read-only, and immutable too when running as root (chattr). */
    private void lock(Path folder) throws Exception {
        locked = folder;
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(folder)) {
            tool(List.of("chattr", "+i", folder.toString()));
        }
        assumeTrue(!Files.isWritable(folder), "cannot make a read-only folder here (root without chattr +i)");
    }

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    /** Runs a tool (found in /usr/bin first, where python3 has pandas) and returns what it printed; skips if absent. */
    private static String tool(List<String> command) throws Exception {
        List<String> c = new ArrayList<>(command);
        Path usr = Path.of("/usr/bin", c.get(0));
        if (Files.isExecutable(usr)) {
            c.set(0, usr.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(c).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            assumeTrue(false, c.get(0) + " is not installed");
            return "";
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(c.get(0) + " finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
