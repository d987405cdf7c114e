package org.concord.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar itself (app/target/concord.jar, as {@code java -jar} runs it without a display) after the build trimmed
 * it: small, and every command that needs a trimmed library (POI, Tablesaw, SQLite) still works, with Tablesaw loaded
 * only when an analysis runs.
 */
class ShadedJarIT {
    @TempDir
    static Path work;
    static ProcessRun demo;
    static Path demoLog;

    @BeforeAll
    static void runDemo() throws Exception {
        demoLog = work.resolve("demo-classes.log");
        demo = ProcessRun.jar(work, List.of(ProcessRun.classLog(demoLog)), "demo", "--dir", "demo");
    }

    @Test
    void jarIsUnder35MegabytesWithoutIcuAndWithDesktopSqliteNativesOnly() throws IOException {
        long size = Files.size(ProcessRun.JAR);
        assertThat(size).as("size of %s in bytes", ProcessRun.JAR).isLessThan(35L * 1024 * 1024);
        try (JarFile jar = new JarFile(ProcessRun.JAR.toFile())) {
            List<String> names = jar.stream().map(JarEntry::getName).collect(Collectors.toList());
            assertThat(names).as("icu4j entries").noneMatch(n -> n.startsWith("com/ibm/icu/"));
            Set<String> natives = names.stream().filter(n -> n.startsWith("org/sqlite/native/") && !n.endsWith("/"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(natives).containsExactly(
                    "org/sqlite/native/Linux/aarch64/libsqlitejdbc.so",
                    "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
                    "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib",
                    "org/sqlite/native/Mac/x86_64/libsqlitejdbc.dylib",
                    "org/sqlite/native/Windows/aarch64/sqlitejdbc.dll",
                    "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll");
        }
    }

    @Test
    void demoRunsAnAnalysisWithTablesawAndWritesTheWorkbook() throws IOException {
        assertThat(demo.exitCode()).as("demo: %s", demo).isZero();
        assertThat(demo.err()).as("stderr of demo").isEmpty();
        Path dir = work.resolve("demo");
        assertThat(dir.resolve("result.json")).isNotEmptyFile();
        assertThat(ProcessRun.classesLoaded(demoLog, "tech.tablesaw.")).as("Tablesaw classes loaded by demo")
                .isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(dir.resolve("report.xlsx")))) {
            List<String> sheets = new java.util.ArrayList<>();
            for (Sheet sheet : book) {
                sheets.add(sheet.getSheetName());
            }
            assertThat(sheets).as("sheets of the demo workbook").contains("Summary", "LAs", "Items", "Method");
        }
    }

    @Test
    void formExportAndCheckReadAndWriteWorkbooksWithoutLoadingTablesaw() throws Exception {
        Path form = work.resolve("form.xlsx");
        ProcessRun export = ProcessRun.jar(work, List.of(), "form", "export", "--name", "values-agreement",
                "--out", form.toString());
        assertThat(export.exitCode()).as("form export: %s", export).isZero();
        Path log = work.resolve("check-classes.log");
        ProcessRun check = ProcessRun.jar(work, List.of(ProcessRun.classLog(log)), "form", "check", form.toString());
        assertThat(check.exitCode()).as("form check: %s", check).isZero();
        assertThat(check.out()).as("form check output").contains("No problems found.");
        // The form is read by the streaming reader (zip and StAX), without POI's workbook object model.
        assertThat(ProcessRun.classesLoaded(log, "org.concord.forms.xlsform.XlsxSheetReader"))
                .as("streaming .xlsx reader classes loaded by form check").isPositive();
        assertThat(ProcessRun.classesLoaded(log, "org.apache.poi.xssf.usermodel."))
                .as("POI XSSF workbook classes loaded by form check").isZero();
        assertThat(ProcessRun.classesLoaded(log, "tech.tablesaw.")).as("Tablesaw classes loaded by form check")
                .isZero();
    }

    @Test
    void analyseOfTheDemoOutputLoadsTablesawAndGivesTheDemoResult() throws Exception {
        assertThat(demo.exitCode()).as("demo: %s", demo).isZero();
        Path dir = work.resolve("demo");
        Path log = work.resolve("analyse-classes.log");
        ProcessRun analyse = ProcessRun.jar(work, List.of(ProcessRun.classLog(log), "-Xmx256m"), "analyse",
                "--study", dir.resolve("study.concord").toString(), "--rates", dir.resolve("rates.csv").toString(),
                "--json", work.resolve("again.json").toString(), "--out", work.resolve("again.xlsx").toString());
        assertThat(analyse.exitCode()).as("analyse: %s", analyse).isZero();
        assertThat(ProcessRun.classesLoaded(log, "tech.tablesaw.")).as("Tablesaw classes loaded by analyse")
                .isPositive();
        // The same study file, opened read-only by both runs: the same SHA-256 in both JSON files.
        assertThat(studyHash(work.resolve("again.json"))).as("study SHA-256 in analyse's JSON v. the demo's")
                .isEqualTo(studyHash(dir.resolve("result.json"))).matches("[0-9a-f]{64}");
    }

    private static String studyHash(Path json) throws IOException {
        Matcher m = Pattern.compile("\"role\"\\s*:\\s*\"study\"[^}]*\"sha256\"\\s*:\\s*\"([0-9a-f]+)\"")
                .matcher(Files.readString(json));
        return m.find() ? m.group(1) : "no study input in " + json;
    }

    @Test
    void studyExportWritesTheWorkbookFromTheDemoStudy() throws Exception {
        assertThat(demo.exitCode()).as("demo: %s", demo).isZero();
        Path xlsx = work.resolve("study.xlsx");
        ProcessRun export = ProcessRun.jar(work, List.of(), "export", "--study",
                work.resolve("demo").resolve("study.concord").toString(), "--xlsx", xlsx.toString());
        assertThat(export.exitCode()).as("export: %s", export).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheet("Responses")).as("Responses sheet of %s", xlsx).isNotNull();
        }
    }

    @Test
    void withoutArgumentsAndWithoutDisplayTheJarRunsTheDemo() throws Exception {
        Path here = Files.createDirectories(work.resolve("no-display"));
        ProcessRun run = ProcessRun.jar(here, List.of("-Dconcord.settings=" + here.resolve("settings.properties")));
        assertThat(run.exitCode()).as("java -jar concord.jar: %s", run).isZero();
        assertThat(run.out()).as("stdout").contains("No display found");
        assertThat(here.resolve("concord-demo").resolve("report.xlsx")).isNotEmptyFile();
    }
}
