package org.concord.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.xlsform.SheetSet;
import org.concord.forms.xlsform.XlsSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel 5.0/95 workbooks (BIFF5), as pyxform reads them through xlrd, load as forms. */
class XlsOldFormTest {
    @TempDir
    Path dir;

    @Test
    void anExcel95WorkbookLoadsWithItsCodePageNumbersAndCachedValues() throws IOException {
        Path xls = form(new Biff5Book(1251)).write(dir.resolve("ages95.xls"));

        SheetSet sheets = XlsSheets.read(xls);
        assertThat(sheets.problems()).as("problems reading the Excel 95 workbook").isEmpty();
        assertThat(sheets.survey().header()).containsExactly("type", "name", "label::English (en)",
                "label::Русский (ru)", "required", "hint::English (en)");
        assertThat(sheets.survey().rows()).as("survey rows").containsExactly(
                List.of("select_one yn", "ok", "OK?", "Хорошо?", "TRUE", ""),
                List.of("", "", "", "", "", ""),
                List.of("date", "when", "When?", "Когда?", "FALSE", "2026-01-15"));
        assertThat(sheets.choices().rows()).as("choices rows").containsExactly(
                List.of("yn", "1", "Yes", "Да"),
                List.of("yn", "2", "No", "Нет"),
                List.of("yn", "3", "Maybe", "Может быть"),
                List.of("yn", "4", "2.5", "два с половиной"),
                List.of("n", "5", "6", "шесть"));
        assertThat(sheets.settings().rows()).as("settings rows").containsExactly(
                List.of("Возраст", "ages", "20260101", "English (en)"));

        Form form = FormLoader.load(xls);
        assertThat(form.settings()).as("settings").isEqualTo(
                new FormSettings("Возраст", "ages", "20260101", "English (en)"));
        assertThat(form.languages()).extracting(Language::name).containsExactly("English", "Русский");
        assertThat(form.questions()).extracting(Question::name).containsExactly("ok", "when");
        Question ok = form.question("ok").orElseThrow();
        assertThat(ok.label().exactly("ru")).as("label of ok in ru").isEqualTo("Хорошо?");
        assertThat(ok.listName()).isEqualTo("yn");
        assertThat(form.choiceLists().get("yn").choices()).extracting(Choice::name)
                .containsExactly("1", "2", "3", "4");
        assertThat(form.choiceLists().get("yn").choices()).extracting(c -> c.label().exactly("ru"))
                .containsExactly("Да", "Нет", "Может быть", "два с половиной");
        assertThat(form.warnings()).extracting(Problem::toString).as("warnings: the date's hint has no Russian")
                .containsExactly("ages95.xls sheet survey, row 4, column hint::Русский (ru): hint in Русский (ru) is "
                        + "missing; the kiosk shows English (en)'s text there");
    }

    @Test
    void anUnreadableRecordIsNamedWithTheFileWithoutAStackTrace() throws IOException {
        Path bad = form(new Biff5Book(1252)).write(dir.resolve("broken95.xls"));
        byte[] bytes = Files.readAllBytes(bad);
        // The survey's NUMBER record (row 4, column F, style 1) says it holds 6 bytes: no room for its number.
        int at = indexOf(bytes, new byte[] {3, 2, 14, 0, 3, 0, 5, 0, 1, 0});
        assertThat(at).as("the NUMBER record of the survey").isPositive();
        bytes[at + 2] = 6;
        Files.write(bad, bytes);

        String message = problem(bad);
        assertThat(message).as(message).isEqualTo("broken95.xls: not a readable Excel 5.0/95 workbook (sheet "
                + "Survey: Not enough data (0) to read requested (8) bytes); open it in Excel or LibreOffice and save "
                + "it again, or as .xlsx");
    }

    @Test
    void aPasswordProtectedExcel95WorkbookIsNamed() throws IOException {
        Path locked = form(new Biff5Book(1252).obfuscated()).write(dir.resolve("locked95.xls"));
        assertThat(problem(locked)).isEqualTo("locked95.xls: the workbook is password-protected; open it in Excel "
                + "or LibreOffice, remove the password and save it again");
    }

    @Test
    void anExcel4BookStreamIsStillRefusedAsOlder() throws IOException {
        Path old = dir.resolve("excel4.xls");
        byte[] book = {0x09, 0x04, 6, 0, 0, 0, 0x10, 0, 0, 0, 0x0A, 0, 0, 0}; // BIFF4 BOF (worksheet), EOF
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(old)) {
            fs.createDocument(new ByteArrayInputStream(book), "Book");
            fs.writeFilesystem(out);
        }
        assertThat(problem(old)).isEqualTo("excel4.xls: an Excel 2.x-4.0 workbook, older than the .xls formats "
                + "Concord reads (Excel 5.0/95 and 97-2003); open it in Excel or LibreOffice and save it as .xlsx");
    }

    private static String problem(Path file) {
        InputException e = catchThrowableOfType(InputException.class, () -> FormLoader.load(file));
        assertThat(e).as("loading %s should fail", file).isNotNull();
        assertThat(e.problems()).as("problems").hasSize(1);
        return e.problems().get(0).toString();
    }

    /** survey, choices and settings: labels, a boolean, a date, RK, MULRK and NUMBER numbers, cached formulas. */
    private static Biff5Book form(Biff5Book book) {
        int iso = book.format(164, "yyyy-mm-dd");
        book.sheet("Survey")
                .labels(0, "type", "name", "label::English (en)", "label::Русский (ru)", "required",
                        "hint::English (en)")
                .labels(1, "select_one yn", "ok", "OK?", "Хорошо?").bool(1, 4, true)
                .labels(3, "date", "when", "When?", "Когда?").formula(3, 4, false)
                .number(3, 5, iso, 46037); // 2026-01-15
        book.sheet("choices")
                .labels(0, "list_name", "name", "label::English (en)", "label::Русский (ru)")
                .labels(1, "yn", null, "Yes", "Да").rk(1, 1, 100)
                .labels(2, "yn", null, "No", "Нет").number(2, 1, 0, 2.0)
                .labels(3, "yn", null, "Maybe", "Может быть").formula(3, 1, 3.0)
                .labels(4, "yn", null, null, "два с половиной").rk(4, 1, 400).rk(4, 2, 250)
                .labels(5, "n", null, null, "шесть").mulRk(5, 1, 5, 6);
        book.sheet("settings")
                .labels(0, "form_title", "form_id", "version", "default_language")
                .labels(1, "Возраст").formula(1, 1, "ages").number(1, 2, 0, 20260101).label(1, 3, "English (en)");
        return book;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int at = 0; at + part.length <= bytes.length; at++) {
            if (Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
                return at;
            }
        }
        return -1;
    }
}
