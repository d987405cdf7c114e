package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void theDemoWritesTheWorkbookAndJsonAndStatesTheHeadlineInTwoSentences() throws Exception {
        Path folder = dir.resolve("demo");
        // Fast settings: few resamples (the 7 v 7 permutation test is exact anyway).
        CliRun run = CliRun.of("demo", "--dir", folder.toString(), "--bootstrap", "199", "--permutations", "199");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Concord simulated 20 LAs (4 leaders and 15 workers each, a true difference"
                + " of 0.3 scale points) and analysed them: workers and leaders agreed ")
                .contains("7 LAs with falling rates").contains("Mann-Whitney p = ").endsWith(".");
        assertThat(lines[1]).startsWith("The workbook and JSON are in " + folder);
        assertThat(folder.resolve("study.concord")).exists();
        assertThat(folder.resolve("rates.csv")).exists();
        assertThat(folder.resolve("responses.csv")).exists();
        String json = Files.readString(folder.resolve("result.json"));
        assertThat(json).contains("\"comparison\"").contains("\"n_falling\": 7").contains("\"n_rising\": 7");
        try (InputStream in = Files.newInputStream(folder.resolve("report.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Summary")).isNotNull();
            assertThat(workbook.getSheet("LAs").getLastRowNum()).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void theDemoNeverWritesIntoAFolderThatHoldsFiles() throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        CliRun run = CliRun.of("demo", "--dir", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not empty");
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactly(dir.resolve("keep.txt"));
        }
    }

    @Test
    void eachDemoGetsANewFolder() throws Exception {
        assertThat(DemoCommand.newFolder(dir)).isEqualTo(dir.resolve("concord-demo"));
        assertThat(DemoCommand.newFolder(dir)).isEqualTo(dir.resolve("concord-demo-2"));
        assertThat(dir.resolve("concord-demo-2")).isDirectory();
    }
}
