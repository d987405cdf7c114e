package org.concord.stats.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rate columns a user can pick from, read from a rates file's header. */
class RateColumnsTest {
    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path file = dir.resolve("rates.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aTidyFileOffersRateFirstThenOtherRateColumns() throws Exception {
        assertThat(RatesReader.rateColumns(write("la_code,year,cin_rate,rate,la_name\nA,2020,1,2,Alpha\n"),
                "rates.csv")).containsExactly("rate", "cin_rate");
    }

    @Test
    void aDfeFileOffersEveryRateColumnInFileOrder() throws Exception {
        assertThat(RatesReader.rateColumns(write("\uFEFFtime_period,geographic_level,new_la_code,old_la_code,"
                + "la_name,CPP_At31,CPP_At31_rate,CLA_rate\n"), "rates.csv"))
                .containsExactly("CPP_At31_rate", "CLA_rate");
    }

    @Test
    void aFileOfNeitherShapeIsRefusedWithItsHeader() throws Exception {
        InputException e = catchThrowableOfType(InputException.class,
                () -> RatesReader.rateColumns(write("code,when,value\n"), "rates.csv"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rates.csv");
            assertThat(p.message()).contains("matches neither rates shape").contains("code,when,value");
        });
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> RatesReader.rateColumns(dir.resolve("nope.csv"), "nope.csv"));
        assertThat(e.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("no such file; check the name and folder"));
    }

    @Test
    void theRealDfeChildProtectionFileOffersItsFiveRateColumns() throws Exception {
        String shared = System.getProperty("concord.shared");
        assumeThat(shared).isNotNull();
        Path file = Path.of(shared, "data", "dfe", "dfe_cin2022_d1_child_protection_plans_2013_to_2022.csv");
        assumeThat(Files.isRegularFile(file)).isTrue();
        assertThat(RatesReader.rateColumns(file, "cin.csv")).containsExactly("CPP_start_rate", "CPP_child_start_rate",
                "CPP_end_rate", "CPP_child_end_rate", "CPP_anypoint_rate", "CPP_child_anypoint_rate", "CPP_At31_rate");
        // The offered column reads: the list offers what the reader accepts.
        assertThat(RatesReader.read(file, "cin.csv", "CPP_At31_rate").las()).isNotEmpty();
    }
}
