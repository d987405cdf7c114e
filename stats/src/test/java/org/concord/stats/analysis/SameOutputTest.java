package org.concord.stats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.forms.FormLoader;
import org.concord.stats.report.JsonResultWriter;
import org.concord.stats.report.WorkbookWriter;
import org.concord.stats.simulate.SimulationFiles;
import org.concord.stats.simulate.SimulationSpec;
import org.concord.stats.simulate.StudySimulator;
import org.concord.stats.simulate.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis of a simulated study read from its long CSV gives exactly the JSON and workbook cells (the workbook
 * written and read back with POI) it gave when the expected files were made (before the reading, indices, models and workbook were made faster): every figure to the
 * last digit. The expected files are in {@code src/test/resources/same-output}; when a change of a result is meant,
 * the actual files written to {@code target/same-output} replace them.
 */
class SameOutputTest {
    @TempDir
    Path dir;

    @Test
    void theAnalysisOfASimulatedStudyGivesTheExpectedJsonAndWorkbookCells() throws Exception {
        SyntheticStudy study = StudySimulator.generate(FormLoader.loadBundled("values-agreement"),
                SimulationSpec.defaults().withLas(40).withRespondents(5, 30).withSeed(3L));
        Path csv = dir.resolve("responses.csv");
        Path rates = dir.resolve("rates.csv");
        SimulationFiles.writeLongCsv(study, csv);
        SimulationFiles.writeTidyRates(study, rates);
        AnalysisInput input = AnalysisInput.builder().responses(List.of(csv)).form("values-agreement")
                .rates(rates, null).resampling(11L, 999, 999).version("test").build();
        AnalysisResult result = AnalysisReader.run(input, Progress.NONE);

        String json = JsonResultWriter.toJson(result).replace(dir.toString(), "DIR");
        String cells;
        Path workbook = dir.resolve("report.xlsx");
        WorkbookWriter.write(result, workbook);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            cells = cells(wb).replace(dir.toString(), "DIR");
        }
        String expectedJson = expected("analysis.json", json);
        String expectedCells = expected("workbook-cells.txt", cells);
        assertThat(json).as("the JSON as expected (the actual file is in target/same-output)").isEqualTo(expectedJson);
        assertThat(cells).as("the workbook's cells as expected (the actual file is in target/same-output)")
                .isEqualTo(expectedCells);
    }

    /** Every cell of every sheet, one a line: sheet, reference, type and value (numbers to the last bit). */
    private static String cells(XSSFWorkbook wb) {
        StringBuilder out = new StringBuilder();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    out.append(sheet.getSheetName()).append('!').append(cell.getAddress()).append('\t')
                            .append(cell.getCellType()).append('\t');
                    switch (cell.getCellType()) {
                        case NUMERIC -> out.append(Double.toString(cell.getNumericCellValue()))
                                .append('\t').append(cell.getCellStyle().getDataFormatString());
                        case STRING -> out.append(cell.getStringCellValue());
                        case BOOLEAN -> out.append(cell.getBooleanCellValue());
                        case FORMULA -> out.append(cell.getCellFormula());
                        default -> out.append("");
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The expected file; when the actual one differs, it is written to {@code target/same-output}. */
    private static String expected(String name, String actual) throws IOException {
        String expected;
        try (InputStream in = SameOutputTest.class.getResourceAsStream("/same-output/" + name)) {
            expected = in == null ? "(no expected file " + name + ")"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(actual)) {
            Path written = Path.of("target", "same-output", name);
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual, StandardCharsets.UTF_8);
        }
        return expected;
    }
}
