package org.concord.study.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.forms.FormLoader;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.concord.study.export.spss.SavWriter;
import org.concord.study.export.stata.DtaWriter;
import org.concord.study.export.wide.ReadBack;
import org.concord.study.export.wide.StudyTable;
import org.concord.study.export.wide.Variable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name used in two groups (and a repeat): its answers are exported under the path keys father/age, mother/age. */
class PathKeyExportTest {
    @TempDir
    Path dir;
    private Path studyFile;

    @BeforeEach
    void study() throws Exception {
        studyFile = dir.resolve("names.concord");
        Path folder = Path.of(getClass().getResource("/conformance/names-in-groups/survey.csv").toURI()).getParent();
        try (Study study = Study.create(studyFile, FormLoader.load(folder),
                List.of(new LocalAuthority("W06000015", "Cardiff")), "1234".toCharArray())) {
            UUID participant = study.createParticipant(study.startSession("W06000015", "AB").id(), "en").id();
            ExportFixtures.save(study, participant, "en", "n_children", "1", "mother/age", "39", "father/age", "41",
                    "father/works", "other", "father/works_other", "Farming", "child/age[1]", "7");
            study.markComplete(participant);
        }
    }

    /** The long CSV of a study file as item=value, in its order. */
    private List<String> longCsvItems(Path file) throws Exception {
        Path csv = dir.resolve(file.getFileName() + ".csv");
        try (Study study = Study.openReadOnly(file)) {
            LongCsvExporter.export(study, csv, false);
        }
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            return parser.getRecords().stream().skip(1).map(r -> r.get(2) + "=" + r.get(3)).toList();
        }
    }

    private static final List<String> ITEMS = List.of("n_children=1", "father/age=41", "father/works=other",
            "father/works_other=Farming", "mother/age=39", "child/age[1]=7");

    @Test
    void longCsvAndLongSheetNameTheItemsByPath() throws Exception {
        assertThat(longCsvItems(studyFile)).as("items of the long CSV").containsExactlyElementsOf(ITEMS);
        try (XSSFWorkbook book = WorkbookRows.exported(studyFile, dir.resolve("responses.xlsx"))) {
            assertThat(WorkbookRows.longItems(book)).as("the Long sheet").containsExactlyElementsOf(ITEMS);
            assertThat(WorkbookRows.header(book, "Responses")).as("Responses columns").contains("father/age",
                    "mother/age", "father/works_other", "child/age[1]").doesNotContain("age");
            assertThat(WorkbookRows.codebookPages(book)).as("codebook item on page").contains("father/age on father",
                    "mother/age on mother", "child/age on child[i]");
        }
    }

    @Test
    void spssAndStataVariablesJoinThePathWithUnderscores() throws Exception {
        try (Study study = Study.openReadOnly(studyFile); StudyTable table = StudyTable.scan(study, false, null)) {
            List<String> names = table.variables().stream().map(Variable::name).toList();
            assertThat(names).as("variables before the packages' naming").contains("father/name", "father/age",
                    "mother/age", "father/works_other", "child/age_1").doesNotContain("age");
            assertThat(table.variables().get(names.indexOf("mother/age")).label()).isEqualTo("Mother's age");
            Path dta = dir.resolve("names.dta");
            DtaWriter.write(table, dta, "Names");
            assertThat(ReadBack.pandas(dta, true)).as("pandas reads the .dta back")
                    .contains("VALUE\tfather_age\t1\t41", "VALUE\tmother_age\t1\t39", "VALUE\tchild_age_1\t1\t7");
            Path sav = dir.resolve("names.sav");
            SavWriter.write(table, sav, "Names");
            assertThat(String.join("\n", ReadBack.pspp(sav, "LIST father_age mother_age child_age_1.")))
                    .as("PSPP reads the .sav back").contains("41,39,7");
        }
    }

    @Test
    void loopAnswersAreExportedUnderTheirPaths() throws Exception {
        Path folder = Path.of(getClass().getResource("/conformance/loop/survey.csv").toURI()).getParent();
        Path loopStudy = dir.resolve("loop.concord");
        try (Study study = Study.create(loopStudy, FormLoader.load(folder),
                List.of(new LocalAuthority("W06000015", "Cardiff")), "1234".toCharArray())) {
            UUID participant = study.createParticipant(study.startSession("W06000015", "AB").id(), "en").id();
            ExportFixtures.save(study, participant, "en", "household", "2", "dog_has", "yes", "pet/dog/count", "2",
                    "cat_has", "yes", "pet/cat/count", "1");
            study.markComplete(participant);
        }
        assertThat(longCsvItems(loopStudy)).as("items of the long CSV").containsExactly("household=2",
                "dog_has=yes", "pet/dog/count=2", "cat_has=yes", "pet/cat/count=1");
        try (Study study = Study.openReadOnly(loopStudy); StudyTable table = StudyTable.scan(study, false, null)) {
            Path sav = dir.resolve("loop.sav");
            SavWriter.write(table, sav, "Loop");
            assertThat(String.join("\n", ReadBack.pspp(sav, "LIST pet_dog_count pet_cat_count.")))
                    .as("PSPP reads the .sav back").contains("2,1");
        }
    }
}
