package org.concord.study.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExporterTest {
    @TempDir
    Path dir;

    private static List<String> headers(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            out.add(cell.getStringCellValue());
        }
        return out;
    }

    private static Row rowWith(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
    }

    @Test
    void writesTheFiveSheetsReadableByPoi() throws Exception {
        ExportFixtures fx = new ExportFixtures();
        Path xlsx = dir.resolve("study.xlsx");
        try (Study study = fx.create(dir.resolve("s.concord"))) {
            assertThat(XlsxExporter.export(study, xlsx, false)).isEqualTo(2);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Responses", "Long", "Codebook", "LAs", "Sessions");

            Sheet wide = wb.getSheet("Responses");
            assertThat(headers(wide)).containsExactly("participant_id", "code", "la_code", "la_name", "session_id",
                    "language", "started_at", "completed_at", "consent", "role", "years", "v1", "v2", "comment");
            assertThat(wide.getLastRowNum()).isEqualTo(2);
            Row leader = rowWith(wide, 0, fx.leader.toString());
            assertThat(leader.getCell(9).getStringCellValue()).isEqualTo("team_manager");
            assertThat(leader.getCell(10).getNumericCellValue()).isEqualTo(-1.0);
            assertThat(leader.getCell(11).getNumericCellValue()).isEqualTo(4.0);
            assertThat(leader.getCell(12).getNumericCellValue()).isEqualTo(2.0);
            assertThat(leader.getCell(13)).isNull(); // cleared
            assertThat(leader.getCell(7).getLocalDateTimeCellValue()).isNotNull();
            assertThat(wide.getPaneInformation().isFreezePane()).isTrue();
            Row worker = rowWith(wide, 0, fx.worker.toString());
            assertThat(worker.getCell(7)).isNull(); // not completed

            Sheet longSheet = wb.getSheet("Long");
            assertThat(headers(longSheet)).containsExactlyElementsOf(LongCsvExporter.HEADER);
            assertThat(longSheet.getLastRowNum()).isEqualTo(9);

            Sheet codebook = wb.getSheet("Codebook");
            assertThat(headers(codebook)).containsExactly("item", "page", "type", "choice_list", "domain", "reverse",
                    "required", "relevant", "label (en)", "label (cy)", "choices (en)", "choices (cy)", "spss_name",
                    "stata_name", "codes");
            Row v2 = rowWith(codebook, 0, "v2");
            assertThat(v2.getCell(1).getStringCellValue()).isEqualTo("values");
            assertThat(v2.getCell(4).getStringCellValue()).isEqualTo("risk");
            assertThat(v2.getCell(5).getStringCellValue()).isEqualTo("yes");
            assertThat(v2.getCell(9).getStringCellValue()).isEqualTo("Bai");
            assertThat(v2.getCell(10).getStringCellValue()).startsWith("1 = Strongly disagree; 2 = Disagree");
            assertThat(v2.getCell(11).getStringCellValue()).startsWith("1 = Anghytuno'n gryf");
            assertThat(codebook.getLastRowNum()).isEqualTo(6);

            Sheet las = wb.getSheet("LAs");
            assertThat(rowWith(las, 0, "W06000015").getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(rowWith(las, 0, "W06000015").getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(rowWith(las, 0, "W06000011").getCell(3).getNumericCellValue()).isEqualTo(0.0);

            Sheet sessions = wb.getSheet("Sessions");
            assertThat(headers(sessions)).containsExactly("session_id", "la_code", "researcher", "device",
                    "started_at", "ended_at", "participants");
            assertThat(sessions.getLastRowNum()).isEqualTo(2);
            assertThat(sessions.getRow(1).getCell(2).getStringCellValue()).isEqualTo("AB");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextInEveryCell() throws Exception {
        ExportFixtures fx = new ExportFixtures();
        Path xlsx = dir.resolve("guarded.xlsx");
        try (Study study = fx.create(dir.resolve("s.concord"))) {
            for (int i = 0; i < ExportFixtures.DANGEROUS.size(); i++) {
                study.saveAnswer(fx.worker, "t" + i, ExportFixtures.DANGEROUS.get(i), "cy");
            }
            XlsxExporter.export(study, xlsx, false);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            Sheet longSheet = wb.getSheet("Long");
            for (int i = 0; i < ExportFixtures.DANGEROUS.size(); i++) {
                Cell value = rowWith(longSheet, 2, "t" + i).getCell(3);
                assertThat(value.getCellType()).isEqualTo(CellType.STRING);
                assertThat(value.getStringCellValue()).isEqualTo(ExportFixtures.DANGEROUS.get(i));
                assertThat(value.getCellStyle().getQuotePrefixed()).isTrue();
            }
            Cell laName = rowWith(wb.getSheet("LAs"), 0, "W06000011").getCell(1);
            assertThat(laName.getStringCellValue()).isEqualTo("=Swansea");
            assertThat(laName.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aLongSheetThatWouldPassTheRowLimitContinuesOnAnotherSheet() throws Exception {
        ExportFixtures fx = new ExportFixtures();
        Path xlsx = dir.resolve("split.xlsx");
        try (Study study = fx.create(dir.resolve("s.concord"))) {
            // 9 answers, at most 4 data rows per sheet (5 rows with the header)
            XlsxExporter.export(study, xlsx, false, 5);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Responses", "Long", "Long (2)", "Long (3)", "Codebook", "LAs",
                    "Sessions");
            int rows = 0;
            for (String name : List.of("Long", "Long (2)", "Long (3)")) {
                assertThat(headers(wb.getSheet(name))).containsExactlyElementsOf(LongCsvExporter.HEADER);
                rows += wb.getSheet(name).getLastRowNum();
            }
            assertThat(rows).isEqualTo(9);
        }
    }
}
