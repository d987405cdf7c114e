package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code analyse --language cy}: the plain-words answer in Welsh, printed and on the workbook's Summary sheet. */
class AnalyseLanguageTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theAnswerIsInWelshOnTheScreenAndInTheWorkbook() throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        int code = run("--language", "cy", "--out", xlsx.toString());
        System.out.println(out);
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("A yw'r cytundeb ar werthoedd rhwng gweithwyr ac arweinwyr")
                .contains("\nRoedd y cytundeb yn fwy yn yr 4 ALl \u00e2 chyfraddau sy'n gostwng");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            String question = wb.getSheet("Summary").getRow(1).getCell(0).getStringCellValue();
            String first = wb.getSheet("Summary").getRow(3).getCell(0).getStringCellValue();
            System.out.println("Summary sheet: " + question + " / " + first);
            assertThat(question).startsWith("A yw'r cytundeb");
            assertThat(first).startsWith("Roedd y cytundeb yn fwy");
        }
    }

    @Test
    void aLanguageWithoutSentencesIsBadInput() throws Exception {
        int code = run("--language", "fr");
        System.out.println(err);
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--language must be en or cy, not fr");
    }

    private int run(String... more) throws Exception {
        java.util.List<String> a = new java.util.ArrayList<>(java.util.List.of("analyse", "--form",
                resource("form").toString(), "--responses", resource("responses.csv").toString(), "--rates",
                resource("rates.csv").toString(), "--years", "2016-2020", "--permutations", "199", "--bootstrap",
                "199"));
        a.addAll(java.util.List.of(more));
        CommandLine cl = ConcordCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(a.toArray(String[]::new));
    }

    private static Path resource(String name) throws Exception {
        return Path.of(Objects.requireNonNull(AnalyseLanguageTest.class.getResource("/analyse/" + name)).toURI());
    }
}
