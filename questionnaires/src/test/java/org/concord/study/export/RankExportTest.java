package org.concord.study.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.forms.QuestionType;
import org.concord.forms.RankTestForm;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.concord.study.export.spss.SavWriter;
import org.concord.study.export.stata.DtaWriter;
import org.concord.study.export.wide.Measure;
import org.concord.study.export.wide.ReadBack;
import org.concord.study.export.wide.StudyTable;
import org.concord.study.export.wide.Variable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rank answers in a real study file on disk and its exports: stored and read back as the space-separated order, the
 * long CSV and the workbook's Long sheet as stored, the wide exports one rank variable per choice.
 */
class RankExportTest {
    @TempDir
    Path dir;
    private Path studyFile;
    private UUID first;
    private UUID second;

    @BeforeEach
    void study() {
        studyFile = dir.resolve("ranks.concord");
        try (Study study = Study.create(studyFile, RankTestForm.load(dir),
                List.of(new LocalAuthority("W06000015", "Cardiff")), "1234".toCharArray())) {
            long session = study.startSession("W06000015", "AB").id();
            first = study.createParticipant(session, "en").id();
            ExportFixtures.save(study, first, "en", "area", "north", "fav", "red blue yellow green",
                    "local", "park school library");
            // Moved again: the latest order is the answer.
            study.saveAnswer(first, "fav", "blue red yellow green", "en");
            study.markComplete(first);
            second = study.createParticipant(session, "cy").id();
            ExportFixtures.save(study, second, "cy", "fav", "green yellow red blue");
            study.markComplete(second);
            study.createParticipant(session, "en");
        }
    }

    @Test
    void theStudyFileKeepsTheRankingAndTheRankQuestion() {
        try (Study study = Study.open(studyFile)) {
            assertThat(study.form().question("fav").orElseThrow().type()).as("type of fav in the stored form")
                    .isEqualTo(QuestionType.RANK);
            assertThat(study.currentAnswers(first)).containsEntry("fav", "blue red yellow green")
                    .containsEntry("local", "park school library");
            assertThat(study.currentAnswers(second)).containsEntry("fav", "green yellow red blue")
                    .doesNotContainKey("local");
        }
    }

    @Test
    void longCsvAndLongSheetHoldTheOrderAsStored() throws Exception {
        Path csv = dir.resolve("long.csv");
        try (Study study = Study.openReadOnly(studyFile)) {
            LongCsvExporter.export(study, csv, false);
        }
        List<String> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).as("byte order mark").isEqualTo('\uFEFF');
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
                for (CSVRecord r : parser.getRecords()) {
                    rows.add(r.get(2) + "=" + r.get(3));
                }
            }
        }
        assertThat(rows).as("item=value rows of the long CSV").contains("fav=blue red yellow green",
                "fav=green yellow red blue", "local=park school library").doesNotContain("fav=red blue yellow green");

        Path xlsx = dir.resolve("ranks.xlsx");
        try (Study study = Study.openReadOnly(studyFile)) {
            XlsxExporter.export(study, xlsx, false);
        }
        DataFormatter cells = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet longSheet = book.getSheet("Long");
            List<String> sheetRows = new ArrayList<>();
            for (int r = 1; r <= longSheet.getLastRowNum(); r++) {
                Row row = longSheet.getRow(r);
                sheetRows.add(cells.formatCellValue(row.getCell(2)) + "=" + cells.formatCellValue(row.getCell(3)));
            }
            assertThat(sheetRows).as("item=value rows of the Long sheet").contains("fav=blue red yellow green",
                    "fav=green yellow red blue", "local=park school library");
        }
    }

    @Test
    void wideExportsHaveOneRankVariablePerChoice() throws Exception {
        try (Study study = Study.openReadOnly(studyFile); StudyTable table = StudyTable.scan(study, false, null)) {
            List<String> names = table.variables().stream().map(Variable::name).toList();
            assertThat(names).as("variables").containsSubsequence("fav_red", "fav_green", "fav_blue", "fav_yellow",
                    "drawn_red", "drawn_green", "drawn_blue", "drawn_yellow", "local_school", "local_library",
                    "local_pool", "local_park").doesNotContain("fav", "local");
            Variable red = table.variables().get(names.indexOf("fav_red"));
            assertThat(red.label()).isEqualTo("Rank the colours: Red (rank)");
            assertThat(red.measure()).isEqualTo(Measure.ORDINAL);
            assertThat(red.isNumeric()).as("fav_red is numeric").isTrue();
            assertThat(List.of(red.min(), red.max())).as("ranks seen for red").containsExactly(2.0, 3.0);

            Path dta = dir.resolve("ranks.dta");
            DtaWriter.write(table, dta, "Ranks");
            assertThat(ReadBack.pandas(dta, true)).as("pandas reads the .dta back").contains(
                    "VAR\tfav_red\tfloat64\tRank the colours: Red (rank)",
                    "VALUE\tfav_blue\t1\t1", "VALUE\tfav_red\t1\t2", "VALUE\tfav_yellow\t1\t3",
                    "VALUE\tfav_green\t1\t4", "VALUE\tfav_green\t2\t1", "VALUE\tfav_blue\t2\t4",
                    "VALUE\tfav_red\t3\tNA", "VALUE\tlocal_park\t1\t1", "VALUE\tlocal_library\t1\t3",
                    "VALUE\tlocal_pool\t1\tNA", "VALUE\tlocal_park\t2\tNA");
            Path sav = dir.resolve("ranks.sav");
            SavWriter.write(table, sav, "Ranks");
            assertThat(ReadBack.haven(sav, true)).as("R haven reads the .sav back").contains(
                    "VALUE\tfav_blue\t1\t1", "VALUE\tfav_yellow\t1\t3", "VALUE\tfav_green\t2\t1",
                    "VALUE\tlocal_school\t1\t2", "VALUE\tlocal_pool\t1\tNA", "VALUE\tfav_red\t3\tNA");
        }
    }
}
