package org.concord.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.forms.xlsform.CsvSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxFormTest {
    @TempDir
    Path dir;

    @Test
    void exportedWorkbookLoadsToTheSameFormAndSha() {
        Form fromFolder = FormLoader.load(FormLoaderCsvTest.testForm("mini"));
        Path xlsx = dir.resolve("mini.xlsx");
        XlsFormWriter.write(fromFolder, xlsx);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("survey", "choices", "settings");
            assertThat(wb.getSheet("survey").getRow(0).getCell(2).getStringCellValue())
                    .isEqualTo("label::English (en)");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Form fromWorkbook = FormLoader.load(xlsx);
        assertThat(fromWorkbook).isEqualTo(fromFolder);
        assertThat(fromWorkbook.source().sha256()).isEqualTo(fromFolder.source().sha256());
    }

    @Test
    void numericBooleanAndFormulaCellsReadAsASpreadsheetShowsThem() throws IOException {
        Path xlsx = dir.resolve("typed.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet survey = wb.createSheet("Survey");
            row(survey, 0, "type", "name", "label", "required", "domain");
            row(survey, 1, "select_one agree3", "q1", "A values item", null, "d1");
            survey.getRow(1).createCell(3).setCellValue(true);
            Sheet choices = wb.createSheet("choices");
            row(choices, 0, "list_name", "name", "label");
            for (int i = 1; i <= 3; i++) {
                Row r = row(choices, i, "agree3", null, "Level " + i);
                if (i == 3) {
                    r.createCell(1).setCellFormula("1+2");
                    r.getCell(1).setCellValue(3.0);
                } else {
                    r.createCell(1).setCellValue(i);
                }
            }
            Sheet settings = wb.createSheet("settings");
            row(settings, 0, "form_title", "form_id", "version");
            row(settings, 1, "Typed", "typed", null).createCell(2).setCellValue(20260101);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Form form = FormLoader.load(xlsx);
        assertThat(form.choiceLists().get("agree3").choices()).extracting(Choice::name)
                .containsExactly("1", "2", "3");
        assertThat(form.question("q1").orElseThrow().isValuesItem()).isTrue();
        assertThat(form.question("q1").orElseThrow().required().source()).isEqualTo("TRUE");
        assertThat(form.settings().version()).isEqualTo("20260101");

        Path folder = Files.createDirectories(dir.resolve("typed"));
        Files.writeString(folder.resolve("survey.csv"), "type,name,label,required,domain\n"
                + "select_one agree3,q1,A values item,TRUE,d1\n");
        Files.writeString(folder.resolve("choices.csv"), "\uFEFFlist_name,name,label\r\nagree3,1,Level 1\r\n"
                + "agree3,2,Level 2\r\nagree3,3,Level 3\r\n\r\n");
        Files.writeString(folder.resolve("settings.csv"), "form_title,form_id,version\nTyped,typed,20260101\n");
        Form csv = FormLoader.load(folder);
        assertThat(csv).isEqualTo(form);
        assertThat(csv.source().sha256()).isEqualTo(form.source().sha256());
    }

    @Test
    void blankFormattedRowsFarDownTheSheetAreIgnored() throws IOException {
        Path xlsx = dir.resolve("formatted.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet survey = wb.createSheet("survey");
            row(survey, 0, "type", "name", "label");
            row(survey, 1, "text", "q", "Question");
            var style = wb.createCellStyle();
            style.setWrapText(true);
            survey.createRow(1_048_000).createCell(200).setCellStyle(style);
            survey.getRow(1_048_000).createCell(0).setCellValue("   ");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Form form = FormLoader.load(xlsx);
        assertThat(form.questions()).extracting(Question::name).containsExactly("q");
        assertThat(form.source().text()).contains("=== survey.csv 32\ntype,name,label\ntext,q,Question\n\n");
    }

    @Test
    void aFormWithoutSettingsTakesItsIdFromTheFileName() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("kobo form"));
        Files.writeString(folder.resolve("survey.csv"), "type,name,label\ntext,q,Question\n");
        Form form = FormLoader.load(folder);
        assertThat(form.settings().formId()).isEqualTo("kobo_form");
        assertThat(form.settings().formTitle()).isEqualTo("kobo_form");
        assertThat(FormLoader.fromSource(form.source().text())).isEqualTo(form);
        assertThat(form.languages()).containsExactly(new Language(Language.DEFAULT_CODE, "default"));
    }

    @Test
    void canonicalTextRoundTripsAwkwardCells() {
        String csv = "type,name,label\ntext,q,\"a, \"\"quoted\"\"\nline\"\n,,\nnote,n,=1+1 ; \u0175\n";
        var problems = new java.util.ArrayList<org.concord.common.Problem>();
        var sheet = CsvSheets.parseSource("survey", csv, problems);
        assertThat(problems).isEmpty();
        // An empty first cell is written quoted, so that a blank row keeps its place.
        assertThat(FormSources.csv(sheet)).isEqualTo(csv.replace("\n,,\n", "\n\"\",,\n"));
        assertThat(CsvSheets.parseSource("survey", FormSources.csv(sheet), problems)).isEqualTo(sheet);
        var single = CsvSheets.parseSource("survey", "type\n\ntext\n", problems);
        assertThat(CsvSheets.parseSource("survey", FormSources.csv(single), problems)).isEqualTo(single);
        assertThat(single.rows()).hasSize(2);
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        return row;
    }
}
