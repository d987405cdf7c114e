package org.concord.stats.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.PlainWords;
import org.concord.stats.models.FactorResult;
import org.concord.stats.models.ModelsResult;
import org.concord.stats.models.ScaleResult;
import org.concord.stats.report.JsonResultWriter;
import org.concord.stats.report.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models of a simulated study of the bundled form through the analysis, the JSON and the workbook (read back with
 * POI). The figures themselves are checked against R in {@code org.concord.stats.models}; here they must arrive in
 * every output unchanged, and data too small for a model must give notes rather than exceptions.
 */
class ModelsReportTest {
    private static final Form FORM = FormLoader.loadBundled("values-agreement");

    @TempDir
    Path dir;

    private XSSFWorkbook workbook(AnalysisResult result) throws Exception {
        Path file = dir.resolve("report.xlsx");
        WorkbookWriter.write(result, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " in column " + column + " of " + sheet.getSheetName());
    }

    @Test
    void everyModelOfANationalStyleStudyReachesTheJsonAndTheWorkbook() throws Exception {
        AnalysisResult result = SimulatedStudyAnalysisTest.analyse(
                StudySimulator.generate(FORM, SimulationSpec.defaults().withLas(24)), 1);
        ModelsResult m = result.models();
        List<String> domains = FORM.valuesItems().stream().map(q -> q.domain()).distinct().toList();
        assertThat(m.scales()).as("scales: (domains + all) x 3 groups").hasSize((domains.size() + 1) * 3);
        assertThat(m.factors().factors()).as("default factors = domains").isEqualTo(domains.size());
        assertThat(m.factors().items()).as("factor items").hasSize(FORM.valuesItems().size());
        assertThat(m.multilevel().rising()).as("multilevel fitted").isNotNull();
        assertThat(m.multilevel().groups()).as("LAs in the multilevel model")
                .isEqualTo(result.comparison().nFalling() + result.comparison().nRising());
        assertThat(m.logistic().index()).as("logistic fitted").isNotNull();

        String json = JsonResultWriter.toJson(result);
        assertThat(json).contains("\"scales\": [", "\"factors\": {", "\"models\": {", "\"multilevel\": {",
                "\"logistic\": {", "\"alpha_ci\": [", "\"odds_ratio_ci\": [", "\"lrt\": {", "\"holds_together\": ");
        assertThat(json).doesNotContain("NaN", "Infinity");
        assertThat(json).as("the multilevel model's keys of the design").containsSubsequence(
                "\"multilevel\": {", "\"intercept\": {", "\"estimate\"", "\"se\"", "\"t\"", "\"df\"", "\"p\"",
                "\"rising\": {", "\"tau2\"", "\"sigma2\"", "\"icc\"", "\"singular\"", "\"lrt\": {", "\"chisq\"",
                "\"logistic\": {", "\"coefficients\": {", "\"intercept\": {", "\"index\": {", "\"z\"",
                "\"odds_ratio\"", "\"odds_ratio_ci\"", "\"deviance\"", "\"null_deviance\"", "\"aic\"",
                "\"separation\"");

        List<String> words = PlainWords.answer(result);
        assertThat(words).as("plain words").anyMatch(s -> s.startsWith("Scales: Cronbach's alpha"))
                .anyMatch(s -> s.startsWith("Factor structure (" + domains.size() + " factors"))
                .anyMatch(s -> s.startsWith("Multilevel model ("))
                .anyMatch(s -> s.startsWith("Logistic model ("));

        try (XSSFWorkbook wb = workbook(result)) {
            Sheet scales = wb.getSheet("Scales");
            ScaleResult all = m.scales().stream().filter(s -> s.scale().equals("all") && s.group().equals("all"))
                    .findFirst().orElseThrow();
            Row allRow = null;
            for (Row row : scales) {
                if (row.getRowNum() > 0 && "all".equals(row.getCell(0).getStringCellValue())
                        && "all".equals(row.getCell(1).getStringCellValue())
                        && "(scale)".equals(row.getCell(2).getStringCellValue())) {
                    allRow = row;
                }
            }
            assertThat(allRow).as("the all/all scale row").isNotNull();
            assertThat(allRow.getCell(5).getNumericCellValue()).as("alpha cell")
                    .isCloseTo(all.stats().alpha(), within(0.0));
            assertThat(allRow.getCell(4).getNumericCellValue()).as("n cell").isEqualTo((double) all.stats().n());

            XSSFSheet factors = wb.getSheet("Factors");
            Row header = rowWith(factors, 0, "Item");
            List<String> sheetDomains = new ArrayList<>();
            FactorResult f = m.factors();
            for (int i = 0; i < f.items().size(); i++) {
                Row row = factors.getRow(header.getRowNum() + 1 + i);
                assertThat(row.getCell(0).getStringCellValue()).as("item " + i).isEqualTo(f.items().get(i).name());
                sheetDomains.add(row.getCell(1).getStringCellValue());
                for (int k = 0; k < f.factors(); k++) {
                    assertThat(row.getCell(2 + k).getNumericCellValue()).as("loading " + i + "," + k)
                            .isEqualTo(f.items().get(i).loadings().get(k));
                }
            }
            assertThat(sheetDomains.stream().distinct().toList()).as("items sorted by domain").isEqualTo(domains);
            assertThat(factors.getSheetConditionalFormatting().getNumConditionalFormattings())
                    .as("conditional formattings").isEqualTo(1);
            XSSFConditionalFormatting cf = factors.getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertThat(cf.getFormattingRanges()[0].formatAsString()).as("heat-map range")
                    .isEqualTo(new org.apache.poi.ss.util.CellRangeAddress(header.getRowNum() + 1,
                            header.getRowNum() + f.items().size(), 2, 1 + f.factors()).formatAsString());
            XSSFColorScaleFormatting scale = cf.getRule(0).getColorScaleFormatting();
            assertThat(scale.getNumControlPoints()).as("colour scale points").isEqualTo(3);
            assertThat(rowWith(factors, 0, domains.get(0)).getCell(2).getStringCellValue())
                    .as("holds together").isIn("yes", "no");

            Sheet models = wb.getSheet("Models");
            Row rising = rowWith(models, 0, "rising");
            assertThat(rising.getCell(1).getNumericCellValue()).as("rising estimate cell")
                    .isEqualTo(m.multilevel().rising().estimate());
            assertThat(rising.getCell(3).getNumericCellValue()).as("rising df cell")
                    .isEqualTo(m.multilevel().rising().df());
            Row index = rowWith(models, 0, "index");
            assertThat(index.getCell(1).getNumericCellValue()).as("logistic index estimate cell")
                    .isEqualTo(m.logistic().index().estimate());
            Sheet method = wb.getSheet("Method");
            assertThat(rowWith(method, 1, "Multilevel model").getCell(2).getStringCellValue())
                    .as("method definition").contains("lmerTest::lmer(y ~ rising + (1 | LA))");
            assertThat(rowWith(method, 1, "factors").getCell(2).getNumericCellValue()).as("factors parameter")
                    .isEqualTo(domains.size());
        }
    }

    @Test
    void aStudyTooSmallForTheModelsGivesNotesInTheJsonAndTheWorkbook() throws Exception {
        AnalysisResult result = SimulatedStudyAnalysisTest.analyse(
                StudySimulator.generate(FORM, SimulationSpec.defaults().withLas(3).withRespondents(2, 3)), 1);
        ModelsResult m = result.models();
        assertThat(m.factors().items()).as("factor loadings").isNull();
        assertThat(m.factors().note()).as("factor note").contains("too few complete respondents");
        assertThat(m.multilevel().rising()).as("multilevel").isNull();
        assertThat(m.multilevel().note()).as("multilevel note").contains("too few LAs for the multilevel model");
        assertThat(m.logistic().note()).as("logistic note").contains("too few LAs for the logistic model");

        String json = JsonResultWriter.toJson(result);
        assertThat(json).contains("\"note\": \"too few LAs for the multilevel model",
                "\"note\": \"too few LAs for the logistic model", "\"note\": \"too few complete respondents");
        try (XSSFWorkbook wb = workbook(result)) {
            assertThat(wb.getSheet("Factors").getRow(1).getCell(0).getStringCellValue()).as("Factors note")
                    .startsWith("too few complete respondents");
            rowWith(wb.getSheet("Models"), 0, m.multilevel().note());
            rowWith(wb.getSheet("Models"), 0, m.logistic().note());
        }
        assertThat(PlainWords.answer(result)).as("plain words")
                .contains("Multilevel model: not fitted (" + m.multilevel().note() + ").");
    }
}
