package org.concord.study.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.concord.study.export.stata.DtaWriter;
import org.concord.study.export.wide.ReadBack;
import org.concord.study.export.wide.StudyTable;
import org.concord.study.export.wide.Variable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers asked in a repeat, stored as {@code name[i]}, in the long CSV, the workbook and the wide exports. */
class RepeatedAnswersExportTest {
    @TempDir
    Path dir;
    private Path studyFile;
    private UUID participant;

    private static Form form() throws URISyntaxException {
        return FormLoader.load(Path.of(RepeatedAnswersExportTest.class.getResource(
                "/conformance/repeat-count/survey.csv").toURI()).getParent());
    }

    @BeforeEach
    void study() throws Exception {
        studyFile = dir.resolve("repeats.concord");
        try (Study study = Study.create(studyFile, form(), List.of(new LocalAuthority("W06000015", "Cardiff")),
                "1234".toCharArray())) {
            long session = study.startSession("W06000015", "AB").id();
            participant = study.createParticipant(session, "en").id();
            // Saved out of order, and an index above 9, to check that exports order by question then instance.
            ExportFixtures.save(study, participant, "en", "child_age[10]", "1", "child_name[2]", "Bryn",
                    "child_age[2]", "4", "n_children", "10", "child_name[1]", "Alys", "child_age[1]", "7", "done", "no");
            study.markComplete(participant);
        }
    }

    private static final List<String> ITEMS = List.of("n_children=10", "done=no", "child_name[1]=Alys",
            "child_name[2]=Bryn", "child_age[1]=7", "child_age[2]=4", "child_age[10]=1");

    @Test
    void longCsvHasOneRowPerRepeatedAnswerWithItsIndex() throws Exception {
        Path csv = dir.resolve("long.csv");
        try (Study study = Study.openReadOnly(studyFile)) {
            assertThat(LongCsvExporter.export(study, csv, false)).isEqualTo(7);
        }
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).isEqualTo('\uFEFF');
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
                records = parser.getRecords();
            }
        }
        assertThat(records.stream().skip(1).map(r -> r.get(2) + "="
                + r.get(3)).toList()).as("items of the long CSV in order").containsExactlyElementsOf(ITEMS);
    }

    @Test
    void workbookLongSheetHasOneRowPerRepeatedAnswerAndResponsesOneColumnPerInstance() throws Exception {
        try (XSSFWorkbook book = WorkbookRows.exported(studyFile, dir.resolve("responses.xlsx"))) {
            assertThat(WorkbookRows.longItems(book)).as("the Long sheet's item=value rows")
                    .containsExactlyElementsOf(ITEMS);
            List<String> columns = WorkbookRows.header(book, "Responses");
            assertThat(columns).as("Responses columns").endsWith("n_children", "done", "child_name[1]",
                    "child_name[2]", "child_age[1]", "child_age[2]", "child_age[10]")
                    .doesNotContain("child_age", "child_name");
            Row answers = book.getSheet("Responses").getRow(1);
            assertThat(answers.getCell(columns.indexOf("child_age[2]")).getNumericCellValue())
                    .as("a repeated integer stays a number").isEqualTo(4.0);
            assertThat(WorkbookRows.codebookPages(book)).as("codebook item on page")
                    .contains("child_name on child[i]", "child_age on child[i]");
        }
    }

    @Test
    void wideExportsHaveOneVariablePerInstanceWithTheQuestionsLabel() throws Exception {
        try (Study study = Study.openReadOnly(studyFile); StudyTable table = StudyTable.scan(study, false, null)) {
            List<String> names = table.variables().stream().map(Variable::name).toList();
            assertThat(names).as("variables").endsWith("n_children", "done", "child_name_1", "child_name_2",
                    "child_age_1", "child_age_2", "child_age_10").doesNotContain("child_age", "child_name");
            Variable age2 = table.variables().get(names.indexOf("child_age_2"));
            assertThat(age2.label()).isEqualTo("Age of ${child_name} (2)");
            assertThat(age2.isNumeric()).as("child_age_2 is numeric").isTrue();
            Path dta = dir.resolve("repeats.dta");
            DtaWriter.write(table, dta, "Repeats");
            assertThat(ReadBack.pandas(dta, true)).as("pandas reads the .dta back")
                    .contains("VALUE\tchild_age_2\t1\t4", "VALUE\tchild_age_10\t1\t1", "VALUE\tchild_name_1\t1\tAlys");
        }
    }
}
