package org.concord.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.xlsform.SheetSet;
import org.concord.forms.xlsform.XlsSheets;
import org.concord.forms.xlsform.XlsxSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Legacy .xls workbooks (Excel 97-2003) load as the same form as the same workbook saved as .xlsx. */
class XlsFormTest {
    @TempDir
    Path dir;

    @Test
    void theSameFormAsXlsAndXlsxGivesTheSameSheetsModelAndSha() throws IOException {
        Path xls = write(new HSSFWorkbook(), "bilingual.xls");
        Path xlsx = write(new XSSFWorkbook(), "bilingual.xlsx");
        assertThat(XlsSheets.kind(xls)).isEqualTo(XlsSheets.Kind.OLE2);
        assertThat(XlsSheets.kind(xlsx)).isEqualTo(XlsSheets.Kind.ZIP);

        SheetSet fromXls = XlsSheets.read(xls);
        SheetSet fromXlsx = XlsxSheets.read(xlsx);
        assertThat(fromXls.problems()).as("problems reading the .xls").isEmpty();
        assertThat(fromXls.survey().header()).containsExactly("type", "name", "label::English (en)",
                "label::Cymraeg (cy)", "hint::English (en)", "required", "hint::Cymraeg (cy)");
        assertThat(fromXls.survey().rows()).as("survey rows of the .xls").containsExactly(
                List.of("select_one agree3", "q1", "An item", "Eitem", "", "TRUE", ""),
                List.of("", "", "", "", "", "", ""),
                List.of("date", "when", "When?", "Pryd?", "2026-01-15", "FALSE", "Dyddiad"));
        assertThat(fromXls.choices().rows()).extracting(r -> r.get(1)).containsExactly("1", "2", "3");
        assertThat(fromXls.settings().rows()).containsExactly(List.of("Bilingual", "bilingual", "20260101",
                "English (en)"));
        assertThat(fromXls.survey().rows()).as("survey").isEqualTo(fromXlsx.survey().rows());
        assertThat(fromXls.choices().rows()).as("choices").isEqualTo(fromXlsx.choices().rows());
        assertThat(fromXls.settings().rows()).as("settings").isEqualTo(fromXlsx.settings().rows());

        Form formXls = FormLoader.load(xls);
        Form formXlsx = FormLoader.load(xlsx);
        assertThat(formXls.warnings()).as("warnings").isEmpty();
        assertThat(formXls).isEqualTo(formXlsx);
        assertThat(formXls.source().sha256()).as("SHA-256 of the canonical text")
                .isEqualTo(formXlsx.source().sha256());
        assertThat(formXls.source().text()).isEqualTo(formXlsx.source().text());
    }

    @Test
    void aCorruptXlsIsNamedWithoutAStackTrace() throws IOException {
        byte[] bytes = Files.readAllBytes(write(new HSSFWorkbook(), "good.xls"));
        byte[] damaged = java.util.Arrays.copyOf(bytes, 600); // the OLE2 header and part of its sector table
        Path bad = Files.write(dir.resolve("bad.xls"), damaged);
        String message = problem(bad);
        assertThat(message).as(message).startsWith("bad.xls: not a readable .xls workbook (")
                .endsWith("open it in Excel or LibreOffice and save it again, or as .xlsx")
                .doesNotContain("\tat ");
    }

    @Test
    void aPasswordProtectedXlsIsNamed() throws IOException {
        Path locked;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            locked = write(new HSSFWorkbook(), "locked.xls");
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThat(problem(locked)).isEqualTo("locked.xls: the workbook is password-protected; open it in Excel or "
                + "LibreOffice, remove the password and save it again");
    }

    @Test
    void aWorkbookUnderTheOtherExtensionIsNamedByItsContent() throws IOException {
        Path xlsxAsXls = Files.copy(write(new XSSFWorkbook(), "a.xlsx"), dir.resolve("renamed.xls"));
        assertThat(problem(xlsxAsXls)).isEqualTo("renamed.xls: this file is an .xlsx workbook named .xls; rename it "
                + "to end in .xlsx");
        Path xlsAsXlsx = Files.copy(write(new HSSFWorkbook(), "b.xls"), dir.resolve("renamed.xlsx"));
        assertThat(problem(xlsAsXlsx)).isEqualTo("renamed.xlsx: this file is not an .xlsx workbook but an "
                + "old-format .xls workbook or a password-protected one; rename it to end in .xls, or remove the "
                + "password and save it as .xlsx");
    }

    private static String problem(Path file) {
        InputException e = catchThrowableOfType(InputException.class, () -> FormLoader.load(file));
        assertThat(e).as("loading %s should fail", file).isNotNull();
        assertThat(e.problems()).as("problems").hasSize(1);
        return e.problems().stream().map(Problem::toString).findFirst().orElseThrow();
    }

    /**
     * Writes the test form to {@code name}: a sheet named in capitals, two languages, a blank row, a boolean, a
     * formula with its cached value, numbers and a date cell in a date format.
     */
    private Path write(Workbook wb, String name) throws IOException {
        Path file = dir.resolve(name);
        try (wb) {
            Sheet survey = wb.createSheet("Survey");
            row(survey, 0, "type", "name", "label::English (en)", "label::Cymraeg (cy)", "hint::English (en)",
                    "required", "hint::Cymraeg (cy)");
            row(survey, 1, "select_one agree3", "q1", "An item", "Eitem").createCell(5).setCellValue(true);
            Row date = row(survey, 3, "date", "when", "When?", "Pryd?");
            CellStyle iso = wb.createCellStyle();
            iso.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            date.createCell(4).setCellValue(LocalDate.of(2026, 1, 15));
            date.getCell(4).setCellStyle(iso);
            date.createCell(5).setCellFormula("1=2");
            date.getCell(5).setCellValue(false);
            date.createCell(6).setCellValue("Dyddiad");
            Sheet choices = wb.createSheet("choices");
            row(choices, 0, "list_name", "name", "label::English (en)", "label::Cymraeg (cy)");
            row(choices, 1, "agree3", null, "Level 1", "Lefel 1").createCell(1).setCellValue(1);
            row(choices, 2, "agree3", null, "Level 2", "Lefel 2").createCell(1).setCellValue(2.0);
            Row three = row(choices, 3, "agree3", null, "Level 3", "Lefel 3");
            three.createCell(1).setCellFormula("1+2"); // a formula: its cached value is read
            three.getCell(1).setCellValue(3.0);
            Sheet settings = wb.createSheet("settings");
            row(settings, 0, "form_title", "form_id", "version", "default_language");
            row(settings, 1, "Bilingual", "bilingual").createCell(2).setCellValue(20260101);
            settings.getRow(1).createCell(3).setCellValue("English (en)");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
        return row;
    }
}
