package org.concord.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forms written by other XLSForm tools, workbook-level problems, and every problem reported at once. */
class FormCompatibilityTest {
    @TempDir
    Path dir;

    @Test
    void aKoboExportThatUsesOnlyTheSubsetLoadsUnchanged() {
        Form form = FormLoader.load(FormLoaderCsvTest.testForm("kobo-export"));
        assertThat(form.settings().formId()).isEqualTo("aXyZ123");
        assertThat(form.languages()).containsExactly(new Language("en", "English"), new Language("fr", "Français"));
        Group household = (Group) form.body().get(0);
        assertThat(household.children()).extracting(Node::name).containsExactly("agree", "how_many", "fruit");
        assertThat(form.question("fruit").orElseThrow().type()).isEqualTo(QuestionType.SELECT_MULTIPLE);
        assertThat(form.question("agree").orElseThrow().required().source()).isEqualTo("true");
        assertThat(form.question("weight").orElseThrow().required()).isNull();
        assertThat(form.choiceLists().get("yes_no").choices().get(0).columns())
                .containsEntry("$kuid", "c1").containsEntry("$autovalue", "yes");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("many"));
        Files.writeString(folder.resolve("survey.csv"), "type,name,label,relevant,domain\n"
                + "select_one agree4,v1,V1,,d\n"
                + "intger,n,N,,\n"
                + "text,v1,Again,${n1} > 2,\n"
                + "begin_repeat,r,R,,\n");
        Files.writeString(folder.resolve("choices.csv"), "list_name,name,label\nagree4,1,a\nagree4,1,b\n");
        InputException e = catchThrowableOfType(InputException.class, () -> FormLoader.load(folder));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "many/survey.csv row 3, column type: unknown type intger; did you mean integer?",
                "many/survey.csv row 4, column name: duplicate name v1 (already used in row 2); give each question "
                        + "and group its own name",
                "many/survey.csv row 4, column relevant: unknown name ${n1}; did you mean ${n}?",
                "many/survey.csv row 5, column type: begin_repeat r is never closed; add an end_repeat row after "
                        + "its last question",
                "many/choices.csv row 3, column name: duplicate choice 1 in list agree4 (already in row 2); give "
                        + "each choice of a list its own name, or set allow_choice_duplicates to yes on the settings "
                        + "sheet (a cascading select may repeat a name under different filters)");
        assertThat(e.getMessage()).contains("unknown type intger").contains("duplicate choice 1");
    }

    @Test
    void workbookProblemsNameTheSheet() throws IOException {
        Path xlsx = dir.resolve("bad.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            var survey = wb.createSheet("survey");
            survey.createRow(0).createCell(0).setCellValue("type");
            survey.getRow(0).createCell(1).setCellValue("name");
            survey.getRow(0).createCell(2).setCellValue("label");
            survey.createRow(2).createCell(0).setCellValue("geopoint");
            survey.getRow(2).createCell(1).setCellValue("where");
            survey.getRow(2).createCell(2).setCellValue("Where?");
            wb.write(out);
        }
        InputException e = catchThrowableOfType(InputException.class, () -> FormLoader.load(xlsx));
        assertThat(e.problems()).containsExactly(new Problem("bad.xlsx", "survey", 3, "type",
                "a laptop kiosk cannot capture geopoint (a GPS location); remove it or use ODK Collect for this "
                        + "part"));
        assertThat(e.problems().get(0).toString()).startsWith("bad.xlsx sheet survey, row 3, column type: ");
    }

    @Test
    void aWorkbookWithoutASurveySheetIsRefused() throws IOException {
        Path xlsx = dir.resolve("nosurvey.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("questions").createRow(0).createCell(0).setCellValue("type");
            wb.write(out);
        }
        InputException e = catchThrowableOfType(InputException.class, () -> FormLoader.load(xlsx));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("nosurvey.xlsx sheet survey: missing "
                + "sheet survey; an XLSForm workbook needs a sheet named survey (and choices and settings)");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedAndLeftAlone() throws IOException {
        Path fake = dir.resolve("fake.xlsx");
        Files.writeString(fake, "type,name,label\n");
        InputException e = catchThrowableOfType(InputException.class, () -> FormLoader.load(fake));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).file()).isEqualTo("fake.xlsx");
        assertThat(e.problems().get(0).message()).startsWith("not a readable .xlsx workbook (");
        assertThat(Files.readString(fake)).isEqualTo("type,name,label\n");
    }

    @Test
    void otherPathsAreRefusedWithAReason() throws IOException {
        Path txt = Files.writeString(dir.resolve("form.txt"), "x");
        assertThat(catchThrowableOfType(InputException.class, () -> FormLoader.load(txt)).problems())
                .extracting(Problem::toString).containsExactly("form.txt: not an XLSForm: give an .xlsx or .xls "
                        + "workbook or a folder holding survey.csv, choices.csv and settings.csv");
        Path none = dir.resolve("none.xlsx");
        assertThat(catchThrowableOfType(InputException.class, () -> FormLoader.load(none)).problems().get(0)
                .message()).startsWith("no such file or folder: ");
        assertThat(catchThrowableOfType(InputException.class, () -> FormLoader.loadBundled("nope")).problems())
                .extracting(Problem::toString)
                .containsExactly("nope: no bundled form named nope; the default is values-agreement");
        assertThat(catchThrowableOfType(InputException.class, () -> FormLoader.fromSource("hello")).problems())
                .extracting(Problem::toString).containsExactly("form source: not a Concord form source (it does "
                        + "not start with concord-xlsform/1)");
    }

    @Test
    void namingOneSheetOfAFolderLoadsTheFolder() {
        Path survey = FormLoaderCsvTest.testForm("mini").resolve("survey.csv");
        assertThat(FormLoader.load(survey)).isEqualTo(FormLoader.load(survey.getParent()));
    }

    @Test
    void aFileNamedXlsThatIsNoWorkbookIsRefusedWithTheFix() throws IOException {
        Path xls = Files.writeString(dir.resolve("old.xls"), "x");
        assertThat(catchThrowableOfType(InputException.class, () -> FormLoader.load(xls)).problems())
                .extracting(Problem::toString).containsExactly("old.xls: not a readable .xls workbook: the file is "
                        + "not an Excel workbook; open it in Excel or LibreOffice and save it as .xlsx");
    }

    @Test
    void aDamagedFormSourceIsRefused() {
        String text = FormLoader.load(FormLoaderCsvTest.testForm("mini")).source().text();
        assertThat(catchThrowableOfType(InputException.class, () -> FormLoader.fromSource(text.substring(0, 100)))
                .problems()).extracting(Problem::toString)
                .containsExactly("form source: damaged form source at character 19");
        String renamed = text.replace("=== choices.csv", "=== options.csv");
        assertThat(catchThrowableOfType(InputException.class, () -> FormLoader.fromSource(renamed)).problems())
                .extracting(Problem::toString).containsExactly("form source: unknown sheet options in form source");
    }

    @Test
    void aNonUtf8CsvIsRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("latin1"));
        Files.write(folder.resolve("survey.csv"), "type,name,label\ntext,q,Caf\u00e9\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(catchThrowableOfType(InputException.class, () -> FormLoader.load(folder)).problems())
                .extracting(Problem::toString).containsExactly("latin1/survey.csv: the file is not UTF-8 text; "
                        + "save it as \"CSV UTF-8\"");
    }
}
