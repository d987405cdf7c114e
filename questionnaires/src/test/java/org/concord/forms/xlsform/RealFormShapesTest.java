package org.concord.forms.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes of real XLSForm workbooks (found by bench/real-forms.sh in forms from public ODK, KoboToolbox and Ona
 * repositories) that pyxform accepts and Concord refused: each test writes a small workbook of that shape.
 */
class RealFormShapesTest {
    @TempDir
    Path dir;

    @Test
    void aLoneSheetWithAnotherNameIsReadAsTheSurvey() throws IOException {
        Path xlsx = write("lone.xlsx", Map.of("Sheet1", List.of(
                List.of("type", "name", "label"),
                List.of("text", "state", "The State"),
                List.of("integer", "age", "Age"))));

        Form form = FormLoader.load(xlsx);

        assertThat(form.questions().stream().map(q -> q.name()).toList())
                .as("questions of the lone sheet Sheet1").containsExactly("state", "age");
    }

    @Test
    void aLoneSheetNamedAsAnotherXlsFormSheetIsNotTheSurvey() throws IOException {
        Path xlsx = write("choices-only.xlsx", Map.of("choices", List.of(
                List.of("list_name", "name", "label"),
                List.of("yn", "y", "Yes"))));

        assertThat(refusal(xlsx)).extracting(Problem::message).as("problems of a workbook with only a choices sheet")
                .anyMatch(m -> m.startsWith("missing sheet survey"));
    }

    @Test
    void aLoneSheetWithAProblemIsNamedAsTheWorkbookNamesIt() throws IOException {
        Path xlsx = write("lone-bad.xlsx", Map.of("Form", List.of(
                List.of("type", "name", "label"),
                List.of("text", "", "No name"))));

        List<Problem> problems = refusal(xlsx);
        assertThat(problems.get(0).sheet()).as("sheet of the first problem: %s", problems).isEqualTo("Form");
    }

    @Test
    void aChoiceWithoutALabelShowsItsNameWithAWarning() throws IOException {
        Path xlsx = write("pictures.xlsx", Map.of(
                "survey", List.of(
                        List.of("type", "name", "label"),
                        List.of("select_one mood", "mood", "How do you feel?")),
                "choices", List.of(
                        List.of("list_name", "name", "label", "image"),
                        List.of("mood", "happy", "", "happy.jpg"),
                        List.of("mood", "sad", "Sad", "sad.jpg"))));

        Form form = FormLoader.load(xlsx);

        List<Choice> choices = form.choiceLists().get("mood").choices();
        assertThat(choices.stream().map(c -> c.label().get(form.defaultLanguage(), form.defaultLanguage())).toList())
                .as("choice labels of mood").containsExactly("happy", "Sad");
        assertThat(form.warnings()).as("warnings").anySatisfy(w -> {
            assertThat(w.sheet()).isEqualTo("choices");
            assertThat(w.row()).isEqualTo(2);
            assertThat(w.message()).isEqualTo("label is empty; the choice shows its name happy instead; add a label "
                    + "so that respondents read words rather than a code");
        });
    }

    @Test
    void aTranslatedChoiceWithoutALabelShowsItsNameInEveryLanguage() throws IOException {
        Path xlsx = write("pictures-en-fr.xlsx", Map.of(
                "survey", List.of(
                        List.of("type", "name", "label::English (en)", "label::French (fr)"),
                        List.of("select_one mood", "mood", "How do you feel?", "Comment allez-vous ?")),
                "choices", List.of(
                        List.of("list_name", "name", "label::English (en)", "label::French (fr)"),
                        List.of("mood", "happy", "", ""),
                        List.of("mood", "sad", "Sad", "Triste"))));

        Form form = FormLoader.load(xlsx);

        Choice happy = form.choiceLists().get("mood").choices().get(0);
        assertThat(List.of(happy.label().get("en", "en"), happy.label().get("fr", "fr")))
                .as("label of happy in English and French").containsExactly("happy", "happy");
        assertThat(form.warnings()).extracting(Problem::message).as("warnings").containsExactly("label is empty; the "
                + "choice shows its name happy instead; add a label so that respondents read words rather than a code");
    }

    @Test
    void noBreakSpacesArePlainSpacesAndACellOfThemIsEmpty() throws IOException {
        Path xlsx = write("pasted.xlsx", Map.of(
                "survey", List.of(
                        List.of("type", "name", "label"),
                        List.of("begin_group", "household", "\u00A0"),
                        List.of("integer", "members", "\u00A01.3\u00A0Household size\u00A0"),
                        List.of("end_group", "\u00A0", "\u00A0"))));

        Form form = FormLoader.load(xlsx);

        String language = form.defaultLanguage();
        assertThat(form.question("members").orElseThrow().label().get(language, language))
                .as("label pasted with no-break spaces").isEqualTo("1.3 Household size");
        assertThat(form.source().text()).as("stored form text").doesNotContain("\u00A0");
    }

    /** The problems for which Concord refuses the form {@code xlsx}. */
    private static List<Problem> refusal(Path xlsx) {
        return catchThrowableOfType(InputException.class, () -> FormLoader.load(xlsx)).problems();
    }

    /** Writes a workbook whose sheets hold these rows of text cells (an empty string leaves the cell out). */
    private Path write(String name, Map<String, List<List<String>>> sheets) throws IOException {
        Path xlsx = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            for (String sheetName : List.of("survey", "choices", "Sheet1", "Form")) {
                List<List<String>> rows = sheets.get(sheetName);
                if (rows == null) {
                    continue;
                }
                Sheet sheet = wb.createSheet(sheetName);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        if (!rows.get(r).get(c).isEmpty()) {
                            row.createCell(c).setCellValue(rows.get(r).get(c));
                        }
                    }
                }
            }
            wb.write(out);
        }
        return xlsx;
    }
}
