package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
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

/** {@code concord form check} on a legacy .xls workbook (Excel 97-2003). */
class FormCheckXlsTest {
    @TempDir
    Path dir;

    @Test
    void checkSummarisesTheBundledFormSavedAsXls() throws IOException {
        Path xls = dir.resolve("values.xls");
        copyAsXls(exportBundled(), xls);
        Form bundled = FormLoader.loadBundled(FormLoader.DEFAULT_FORM);

        CliRun check = CliRun.of("form", "check", xls.toString());
        assertThat(check.exitCode()).as("exit code; stderr: %s", check.err()).isZero();
        assertThat(check.err()).isEmpty();
        assertThat(check.out())
                .contains("Form:      " + bundled.settings().formTitle())
                .contains("Languages: English (en) [default], Cymraeg (cy)")
                .contains("SHA-256:   " + bundled.source().sha256())
                .endsWith("No problems found." + System.lineSeparator());
    }

    @Test
    void checkNamesAnXlsxSavedUnderTheNameXls() throws IOException {
        Path renamed = Files.copy(exportBundled(), dir.resolve("renamed.xls"));
        CliRun check = CliRun.of("form", "check", renamed.toString());
        assertThat(check.exitCode()).as("exit code; stdout: %s", check.out()).isEqualTo(2);
        assertThat(check.err()).contains("renamed.xls: this file is an .xlsx workbook named .xls; rename it to "
                + "end in .xlsx").doesNotContain("Exception");
    }

    /** The bundled form written by {@code concord form export} as an .xlsx workbook. */
    private Path exportBundled() {
        Path xlsx = dir.resolve("values.xlsx");
        CliRun export = CliRun.of("form", "export", "--out", xlsx.toString());
        assertThat(export.exitCode()).as("export; stderr: %s", export.err()).isZero();
        return xlsx;
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
