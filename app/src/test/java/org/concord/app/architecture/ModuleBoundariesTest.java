package org.concord.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of the design, checked on the sources: no Swing or AWT in {@code questionnaires} or
 * {@code stats}, {@code stats} never imports the app, {@code questionnaires} never imports {@code stats} or the app,
 * POI only in the classes that read or write workbooks, and source files stay small.
 */
class ModuleBoundariesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SWING = Pattern.compile("^import\\s+(static\\s+)?(javax\\.swing|java\\.awt)\\.",
            Pattern.MULTILINE);
    private static final Pattern APP = Pattern.compile("^import\\s+(static\\s+)?org\\.concord\\.app\\.",
            Pattern.MULTILINE);
    private static final Pattern STATS = Pattern.compile("^import\\s+(static\\s+)?org\\.concord\\.stats\\.",
            Pattern.MULTILINE);
    private static final Pattern POI = Pattern.compile("^import\\s+(static\\s+)?org\\.apache\\.poi\\.",
            Pattern.MULTILINE);

    @Test
    void questionnairesAndStatsHaveNoSwing() throws IOException {
        assertThat(offenders("questionnaires/src/main/java", SWING)).isEmpty();
        assertThat(offenders("stats/src/main/java", SWING)).isEmpty();
    }

    @Test
    void dependenciesPointOneWay() throws IOException {
        assertThat(offenders("stats/src/main/java", APP)).isEmpty();
        assertThat(offenders("questionnaires/src/main/java", APP)).isEmpty();
        assertThat(offenders("questionnaires/src/main/java", STATS)).isEmpty();
    }

    @Test
    void poiOnlyWhereWorkbooksAreReadOrWritten() throws IOException {
        List<String> users = new ArrayList<>();
        for (String module : List.of("questionnaires", "stats", "app")) {
            users.addAll(offenders(module + "/src/main/java", POI));
        }
        // Workbook readers and writers live in these packages (the .xlsx, .xls and Excel 95 form readers,
        // the forms writer, study export, the report).
        assertThat(users).allSatisfy(file -> assertThat(file).matches(
                ".*/(forms/xlsform/Xlsx?[A-Za-z]+|forms/XlsFormWriter|study/export/[A-Za-z]+|stats/report/[A-Za-z]+)"
                        + "\\.java"));
    }

    @Test
    void sourceFilesStaySmall() throws IOException {
        List<String> large = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/")).toList()) {
                long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
                if (lines > 600) {
                    large.add(ROOT.relativize(file) + " (" + lines + " lines)");
                }
            }
        }
        assertThat(large).as("files over 600 lines: split them by what they hold").isEmpty();
    }

    private static List<String> offenders(String sourceDir, Pattern forbidden) throws IOException {
        Path dir = ROOT.resolve(sourceDir);
        assertThat(dir).isDirectory();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (forbidden.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    out.add(ROOT.relativize(file).toString());
                }
            }
        }
        return out;
    }
}
