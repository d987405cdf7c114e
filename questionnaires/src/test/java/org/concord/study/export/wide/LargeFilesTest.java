package org.concord.study.export.wide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.concord.study.export.spss.SavWriter;
import org.concord.study.export.stata.DtaWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files at the sizes the issue names open in the real tools: 10,000 variables, and 100,000 rows (participants) of 40
 * variables. The values of the last row are checked; the dictionary is checked throughout.
 */
class LargeFilesTest {
    @TempDir
    Path dir;

    @Test
    void tenThousandVariables() throws Exception {
        GeneratedTable table = new GeneratedTable(20, 10_000);
        Path sav = dir.resolve("wide.sav");
        Path dta = dir.resolve("wide.dta");
        SavWriter.write(table, sav, "10,000 variables");
        DtaWriter.write(table, dta, "10,000 variables");
        List<String> pspp = ReadBack.pspp(sav, "DESCRIPTIVES /VARIABLES=x0 x9997 x9999.");
        assertThat(pspp).contains("x9998,9999,Text 9998,Nominal,Input,9,Left,A9,A9",
                "x9996,9997,Code 9996,Ordinal,Input,8,Right,F8.0,F8.0");
        assertThat(pspp.stream().filter(l -> l.matches("x\\d+,\\d+,.*")).count()).as("variables pspp lists")
                .isEqualTo(10_000);
        for (List<String> lines : List.of(ReadBack.haven(sav, false), ReadBack.haven(dta, false))) {
            assertThat(lines).contains("rows 20 ", "columns 10000 ", "LABEL\tx9996\t5\tfive â",
                    "VALUE\tx9998\t20\tŵ19_9998", "VALUE\tx9997\t20\t-9992.25");
        }
        assertThat(ReadBack.pandas(dta, false)).contains("rows 20", "columns 10000", "VALUE\tx9998\t20\tŵ19_9998",
                "VALUE\tx9999\t20\t1700000019000");
    }

    @Test
    void oneHundredThousandRows() throws Exception {
        GeneratedTable table = new GeneratedTable(100_000, 40);
        Path sav = dir.resolve("long.sav");
        Path dta = dir.resolve("long.dta");
        SavWriter.write(table, sav, "100,000 participants");
        DtaWriter.write(table, dta, "100,000 participants");
        List<String> pspp = ReadBack.pspp(sav, "DESCRIPTIVES /VARIABLES=x0 x1.");
        // x0 cycles 1..5 (mean 3, SD 1.41); x1 = r/4 - 1, missing when r % 7 == 0: 85,714 values, mean 12498.96,
        // SD 7216.90 (Python's statistics.mean and stdev of the same values)
        assertThat(pspp).contains("Code 0,100000,3.00,1.41,one,five â", "Decimal 1,85714,12498.96,7216.90,-.75,24998.75");
        for (List<String> lines : List.of(ReadBack.haven(sav, false), ReadBack.haven(dta, false),
                ReadBack.pandas(dta, false))) {
            assertThat(lines).contains("VALUE\tx38\t100000\tŵ99999_38", "VALUE\tx39\t100000\t1700099999000",
                    "VALUE\tx37\t100000\t24962.75", "VALUE\tx36\t100000\t1");
            assertThat(lines).containsAnyOf("rows 100000", "rows 100000 ");
        }
    }
}
