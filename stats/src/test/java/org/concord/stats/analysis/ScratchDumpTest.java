package org.concord.stats.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.stats.report.JsonResultWriter;
import org.concord.stats.report.WorkbookWriter;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        Path dir = Path.of("/tmp/an");
        AnalysisResult r = AnalysisTest.run(dir, AnalysisTest.OPTIONS);
        JsonResultWriter.write(r, dir.resolve("result.json"));
        WorkbookWriter.write(r, dir.resolve("report.xlsx"));
        AnalysisResult e = AnalysisTest.run(dir, new AnalysisOptions(2016, 2020, 50.0, "person_mad", 2, 3, 1L, 99, 99));
        WorkbookWriter.write(e, dir.resolve("empty.xlsx"));
    }
}
