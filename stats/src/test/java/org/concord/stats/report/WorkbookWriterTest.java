package org.concord.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.stats.analysis.AnalysisOptions;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.testing.TestRuns;
import org.concord.stats.analysis.ItemRow;
import org.concord.stats.analysis.LaResult;
import org.concord.stats.input.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {
    @TempDir
    Path dir;

    private XSSFWorkbook writeAndRead(AnalysisResult result) throws Exception {
        Path file = dir.resolve("report.xlsx");
        WorkbookWriter.write(result, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Column header to index of a table sheet's header row. */
    private static Map<String, Integer> headers(Sheet sheet) {
        Map<String, Integer> h = new HashMap<>();
        for (Cell c : sheet.getRow(0)) {
            h.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return h;
    }

    private static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " in " + sheet.getSheetName());
    }

    @Test
    void theWorkbookHoldsTheKeyFiguresAsNumbersCellByCell() throws Exception {
        AnalysisResult result = TestRuns.run(dir, TestRuns.OPTIONS);
        try (XSSFWorkbook wb = writeAndRead(result)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "LAs", "Comparison", "Items", "Trends", "Scales", "Factors",
                    "Models", "Method");

            Sheet summary = wb.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Concord analysis: worker-leader agreement in values");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue())
                    .startsWith("Agreement was greater in the 4 LAs with falling rates");
            Cell p = rowWith(summary, 0, "Welch p (two-sided)").getCell(1);
            assertThat(p.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(p.getNumericCellValue()).isEqualTo(result.comparison().welch().p());
            assertThat(p.getCellStyle().getDataFormatString()).isEqualTo("[<0.0001]\"< 0.0001\";0.0000");
            assertThat(rowWith(summary, 0, "Difference (falling - rising)").getCell(1).getNumericCellValue())
                    .isEqualTo(result.comparison().difference());
            assertThat(((XSSFSheet) summary).getDrawingPatriarch().getCharts()).hasSize(1);

            Sheet las = wb.getSheet("LAs");
            Map<String, Integer> h = headers(las);
            LaResult la1 = result.las().get(0);
            Row r1 = las.getRow(1);
            assertThat(r1.getCell(h.get("LA code")).getStringCellValue()).isEqualTo("LA01");
            assertThat(r1.getCell(h.get("Trend")).getStringCellValue()).isEqualTo("falling");
            assertThat(r1.getCell(h.get("Leaders")).getNumericCellValue()).isEqualTo(3.0);
            assertThat(r1.getCell(h.get("person_mad")).getNumericCellValue()).isEqualTo(la1.index("person_mad"));
            assertThat(r1.getCell(h.get("person_mad")).getCellStyle().getDataFormatString()).isEqualTo("0.000");
            assertThat(r1.getCell(h.get("% a year")).getNumericCellValue()).isEqualTo(la1.pctPerYear());
            Row r12 = las.getRow(12);
            assertThat(r12.getCell(h.get("Excluded because")).getStringCellValue()).isEqualTo("not in the rates file");
            assertThat(r12.getCell(h.get("Slope (rate a year)"))).as("undefined = empty").isNull();
            assertThat(las.getPaneInformation().isFreezePane()).isTrue();
            assertThat(((XSSFSheet) las).getCTWorksheet().isSetAutoFilter()).isTrue();

            Sheet items = wb.getSheet("Items");
            Map<String, Integer> hi = headers(items);
            ItemRow q1 = result.items().get(0);
            Row i1 = items.getRow(1);
            assertThat(i1.getCell(hi.get("Item")).getStringCellValue()).isEqualTo("q1");
            assertThat(i1.getCell(hi.get("Falling: gap (W - L)")).getNumericCellValue()).isEqualTo(q1.falling().gap());
            assertThat(i1.getCell(hi.get("p (Holm)")).getNumericCellValue()).isEqualTo(q1.pHolm());
            assertThat(i1.getCell(hi.get("p (Benjamini-Hochberg)")).getNumericCellValue()).isEqualTo(q1.pBh());

            Sheet trends = wb.getSheet("Trends");
            Map<String, Integer> ht = headers(trends);
            assertThat(ht).containsKeys("2016", "2020");
            assertThat(trends.getRow(1).getCell(ht.get("2016")).getNumericCellValue()).isEqualTo(
                    result.series().get(0).rates().get(2016));
            assertThat(((XSSFSheet) trends).getDrawingPatriarch().getCharts()).hasSize(1);

            Sheet method = wb.getSheet("Method");
            assertThat(rowWith(method, 1, "seed").getCell(2).getNumericCellValue()).isEqualTo(7.0);
            assertThat(rowWith(method, 1, "permutations").getCell(2).getNumericCellValue()).isEqualTo(999.0);
            InputFile responses = result.parameters().inputs().get(0);
            assertThat(rowWith(method, 1, responses.name()).getCell(2).getStringCellValue())
                    .isEqualTo("SHA-256 " + responses.sha256());
            assertThat(rowWith(method, 1, "Concord version").getCell(2).getStringCellValue()).isEqualTo("test");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredAsTextAndNeverRuns() throws Exception {
        AnalysisResult result = TestRuns.run(dir, TestRuns.OPTIONS);
        try (XSSFWorkbook wb = writeAndRead(result)) {
            Row la3 = wb.getSheet("LAs").getRow(3);
            assertThat(la3.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(la3.getCell(1).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            Row q4 = wb.getSheet("Items").getRow(4);
            assertThat(q4.getCell(3).getStringCellValue()).isEqualTo("=1+1 looks like a formula");
            assertThat(q4.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                                .isIn(CellType.STRING, CellType.NUMERIC);
                    }
                }
            }
        }
    }

    @Test
    void anEmptyComparisonGroupIsStatedPlainlyOnTheSummary() throws Exception {
        AnalysisResult result = TestRuns.run(dir,
                new AnalysisOptions(2016, 2020, 50.0, "person_mad", 2, 3, 1L, 99, 99));
        try (XSSFWorkbook wb = writeAndRead(result)) {
            Sheet summary = wb.getSheet("Summary");
            List<String> texts = new ArrayList<>();
            summary.forEach(row -> row.forEach(c -> {
                if (c.getCellType() == CellType.STRING) {
                    texts.add(c.getStringCellValue());
                }
            }));
            assertThat(texts).contains("No LA with a falling trend met the inclusion rules, so the groups cannot be "
                    + "compared.", "(no chart: no LA entered the comparison)");
            assertThat(rowWith(summary, 0, "Welch p (two-sided)").getCell(1).getStringCellValue())
                    .isEqualTo("undefined");
            assertThat(((XSSFSheet) summary).getDrawingPatriarch()).isNull();
        }
    }
}
