package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code concord form check} on a legacy .xls workbook (Excel 97-2003). */
class FormCheckXlsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = ConcordCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void checkSummarisesTheBundledFormSavedAsXls() throws IOException {
        Path xlsx = dir.resolve("values.xlsx");
        assertThat(run("form", "export", "--out", xlsx.toString())).as("export; stderr: %s", err).isZero();
        Path xls = dir.resolve("values.xls");
        copyAsXls(xlsx, xls);
        Form bundled = FormLoader.loadBundled(FormLoader.DEFAULT_FORM);

        out.getBuffer().setLength(0);
        assertThat(run("form", "check", xls.toString())).as("exit code; stderr: %s", err).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString())
                .contains("Form:      " + bundled.settings().formTitle())
                .contains("Languages: English (en) [default], Cymraeg (cy)")
                .contains("SHA-256:   " + bundled.source().sha256())
                .endsWith("No problems found." + System.lineSeparator());
    }

    @Test
    void checkNamesAnXlsxSavedUnderTheNameXls() throws IOException {
        Path xlsx = dir.resolve("values.xlsx");
        assertThat(run("form", "export", "--out", xlsx.toString())).isZero();
        Path renamed = Files.copy(xlsx, dir.resolve("renamed.xls"));
        assertThat(run("form", "check", renamed.toString())).as("exit code; stdout: %s", out).isEqualTo(2);
        assertThat(err.toString()).contains("renamed.xls: this file is an .xlsx workbook named .xls; rename it to "
                + "end in .xlsx").doesNotContain("Exception");
    }

    /** Writes every sheet of an .xlsx workbook, cell by cell as the text it shows, as an .xls workbook. */
    private static void copyAsXls(Path xlsx, Path xls) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook from = new XSSFWorkbook(Files.newInputStream(xlsx)); HSSFWorkbook to = new HSSFWorkbook()) {
            for (Sheet sheet : from) {
                Sheet copy = to.createSheet(sheet.getSheetName());
                for (Row row : sheet) {
                    Row r = copy.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        r.createCell(cell.getColumnIndex()).setCellValue(formatter.formatCellValue(cell));
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(xls)) {
                to.write(o);
            }
        }
    }
}
