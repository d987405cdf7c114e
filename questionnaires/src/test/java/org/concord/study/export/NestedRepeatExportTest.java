package org.concord.study.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.forms.NestedRepeatForms;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.concord.study.export.stata.DtaWriter;
import org.concord.study.export.wide.ReadBack;
import org.concord.study.export.wide.StudyTable;
import org.concord.study.export.wide.Variable;
import org.concord.study.export.wide.VariableNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers of a repeat inside a repeat, stored as {@code q[i][j]}, in the long CSV, the workbook and wide exports. */
class NestedRepeatExportTest {
    /** 60 characters: with {@code _2_1} the SPSS name would pass 64 and must be cut before the instances. */
    private static final String LONG = "does_this_person_work_for_pay_outside_the_home_in_most_weeks";
    private static final String SURVEY = """
            type,name,label,repeat_count
            integer,n_households,How many households?,
            begin_repeat,household,Household,${n_households}
            text,head,Head of household,
            integer,n_people,How many people?,
            begin_repeat,person,Person,${n_people}
            integer,age,Age,
            select_one yn,%s,Works?,
            end_repeat,,,
            end_repeat,,,
            """.formatted(LONG);

    @TempDir
    Path dir;
    private Path studyFile;

    @BeforeEach
    void study() {
        studyFile = dir.resolve("nested.concord");
        try (Study study = Study.create(studyFile, NestedRepeatForms.load(dir, "nested", SURVEY),
                List.of(new LocalAuthority("W06000015", "Cardiff")), "1234".toCharArray())) {
            UUID participant = study.createParticipant(study.startSession("W06000015", "AB").id(), "en").id();
            // Saved out of order, to check that exports order by question, then outer and inner instance.
            ExportFixtures.save(study, participant, "en", "age[2][1]", "70", LONG + "[2][1]", "no", "age[1][2]", "12",
                    "head[2]", "Bryn", "n_households", "2", "age[1][1]", "40", "head[1]", "Alys", "n_people[1]", "2",
                    "n_people[2]", "1");
            study.markComplete(participant);
        }
    }

    private static final List<String> ITEMS = List.of("n_households=2", "head[1]=Alys", "head[2]=Bryn",
            "n_people[1]=2", "n_people[2]=1", "age[1][1]=40", "age[1][2]=12", "age[2][1]=70", LONG + "[2][1]=no");

    @Test
    void longCsvHasOneRowPerInnerAnswerInOrder() throws Exception {
        Path csv = dir.resolve("long.csv");
        try (Study study = Study.openReadOnly(studyFile)) {
            assertThat(LongCsvExporter.export(study, csv, false)).isEqualTo(ITEMS.size());
        }
        List<String> rows = Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")[2] + "=" + l.split(",")[3])
                .toList();
        assertThat(rows).as("items of the long CSV in order").containsExactlyElementsOf(ITEMS);
    }

    @Test
    void workbookLongSheetResponsesAndCodebook() throws Exception {
        try (XSSFWorkbook book = WorkbookRows.exported(studyFile, dir.resolve("responses.xlsx"))) {
            assertThat(WorkbookRows.longItems(book)).as("the Long sheet's item=value rows")
                    .containsExactlyElementsOf(ITEMS);
            List<String> columns = WorkbookRows.header(book, "Responses");
            assertThat(columns).as("Responses columns").endsWith("n_households", "head[1]", "head[2]", "n_people[1]",
                    "n_people[2]", "age[1][1]", "age[1][2]", "age[2][1]", LONG + "[2][1]");
            Row answers = book.getSheet("Responses").getRow(1);
            assertThat(answers.getCell(columns.indexOf("age[1][2]")).getNumericCellValue())
                    .as("an inner integer stays a number").isEqualTo(12.0);
            assertThat(WorkbookRows.codebookPages(book)).as("codebook item on page").contains("head on household[i]",
                    "age on person[i][j]");
        }
    }

    @Test
    void wideExportsHaveOneVariablePerInnerInstanceNamedQIJ() throws Exception {
        try (Study study = Study.openReadOnly(studyFile); StudyTable table = StudyTable.scan(study, false, null)) {
            List<String> names = table.variables().stream().map(Variable::name).toList();
            assertThat(names).as("variables").contains("head_1", "head_2", "n_people_1", "age_1_1", "age_1_2",
                    "age_2_1").doesNotContain("age", "age_1");
            Variable age12 = table.variables().get(names.indexOf("age_1_2"));
            assertThat(age12.label()).isEqualTo("Age (1, 2)");
            assertThat(age12.isNumeric()).as("age_1_2 is numeric").isTrue();
            String spss = VariableNames.SPSS.assign(List.of(LONG + "_2_1")).get(0);
            assertThat(spss).as("the SPSS name keeps the instances").hasSize(64).endsWith("_2_1");
            String stata = VariableNames.STATA.assign(List.of(LONG + "_2_1")).get(0);
            assertThat(stata).as("the Stata name keeps the instances")
                    .isEqualTo(LONG.substring(0, 28) + "_2_1");
            Path dta = dir.resolve("nested.dta");
            DtaWriter.write(table, dta, "Nested");
            assertThat(ReadBack.pandas(dta, true)).as("pandas reads the .dta back")
                    .contains("VALUE\tage_1_2\t1\t12", "VALUE\tage_2_1\t1\t70", "VALUE\thead_2\t1\tBryn");
        }
    }
}
