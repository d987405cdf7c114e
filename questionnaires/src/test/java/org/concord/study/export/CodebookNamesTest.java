package org.concord.study.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.study.Study;
import org.concord.study.export.spss.SavWriter;
import org.concord.study.export.stata.DtaWriter;
import org.concord.study.export.wide.StatsExportFixture;
import org.concord.study.export.wide.StudyTable;
import org.concord.study.export.wide.Variable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's Codebook lists each item's old name and its new names in the SPSS and Stata exports. */
class CodebookNamesTest {
    @TempDir
    Path dir;

    @Test
    void codebookListsOldAndNewNamesAsTheExportsWriteThem() throws Exception {
        Path file = dir.resolve("study.concord");
        new StatsExportFixture().create(file);
        Path xlsx = dir.resolve("study.xlsx");
        List<String> spss;
        List<String> stata;
        try (Study s = Study.openReadOnly(file); StudyTable table = StudyTable.scan(s, false, null)) {
            XlsxExporter.export(s, xlsx, false);
            List<Variable> vars = table.variables();
            spss = SavWriter.names(vars);
            stata = DtaWriter.names(vars);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            Sheet codebook = wb.getSheet("Codebook");
            List<String> header = cells(codebook.getRow(0), codebook.getRow(0).getLastCellNum());
            int item = header.indexOf("item");
            int spssColumn = header.indexOf("spss_name");
            int stataColumn = header.indexOf("stata_name");
            int codes = header.indexOf("codes");
            List<String> rows = new ArrayList<>();
            List<String> listedSpss = new ArrayList<>();
            List<String> listedStata = new ArrayList<>();
            for (int r = 1; r <= codebook.getLastRowNum(); r++) {
                List<String> c = cells(codebook.getRow(r), header.size());
                rows.add(c.get(item) + " | " + c.get(spssColumn) + " | " + c.get(stataColumn) + " | " + c.get(codes));
                if (!c.get(spssColumn).isEmpty()) {
                    listedSpss.addAll(List.of(c.get(spssColumn).split("; ")));
                    listedStata.addAll(List.of(c.get(stataColumn).split("; ")));
                }
            }
            assertThat(rows).contains("role | role | role | 1 = tm; 2 = sw",
                    "place | place | place | 1 = office; 2 = home",
                    "v_needs1 | v_needs1 | v_needs1 | 1 = 1; 2 = 2; 3 = 3; 4 = 4; 5 = 5",
                    "supports | supports_supervision; supports_peer; supports_other | supports_supervision;"
                            + " supports_peer; supports_other | ",
                    "by | v_by | by | ", "_n | v_n | v__n | ", "all | v_all | all | ",
                    "a_very_long_question_name_that_goes_past_32_two | a_very_long_question_name_that_goes_past_32_two"
                            + " | a_very_long_question_name_that_2 | ",
                    "dash-and.dot | dash_and_dot | dash_and_dot | ", "ŵyr | wyr | wyr | ", "thanks |  |  | ");
            // the exports name the same variables the same way (the fixed columns, then the form's questions; the
            // study's extra item legacy_item comes last and is not in the form's codebook)
            assertThat(listedSpss).isEqualTo(spss.subList(6, spss.size() - 1));
            assertThat(listedStata).isEqualTo(stata.subList(6, stata.size() - 1));
        }
    }

    private static List<String> cells(Row row, int size) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(row.getCell(i) == null ? "" : f.formatCellValue(row.getCell(i)));
        }
        return out;
    }
}
