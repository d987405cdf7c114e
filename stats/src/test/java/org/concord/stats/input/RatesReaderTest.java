package org.concord.stats.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.concord.common.InputException;
import org.concord.stats.trend.Trend;
import org.concord.stats.trend.TrendFit;
import org.concord.stats.trend.TrendFitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatesReaderTest {
    private static final String DFE_HEADER = "time_period,time_identifier,geographic_level,country_code,old_la_code,"
            + "new_la_code,la_name,CPP_At31,CPP_At31_rate\n";

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path file = dir.resolve("rates.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private InputException bad(String text, String column) throws Exception {
        Path file = write(text);
        return catchThrowableOfType(InputException.class, () -> RatesReader.read(file, "rates.csv", column));
    }

    @Test
    void readsTheTidyShapeWithMissingValues() throws Exception {
        Rates rates = RatesReader.read(write("la_code,year,rate,la_name\nA,2018,10.5,Alpha\nA,2019,c,Alpha\n"
                + "A,2020,,Alpha\nB,2020,NA,Beta\n"), "rates.csv", null);
        assertThat(rates.shape()).isEqualTo(Rates.TIDY);
        assertThat(rates.rateColumn()).isEqualTo("rate");
        assertThat(rates.find("A").byYear()).containsExactly(Map.entry(2018, 10.5));
        assertThat(rates.find("A").name()).isEqualTo("Alpha");
        assertThat(rates.find("B").byYear()).isEmpty();
        assertThat(rates.years()).containsExactly(2018);
    }

    @Test
    void readsTheDfeShapeOnlyLocalAuthorityRowsByNewOrOldCode() throws Exception {
        Rates rates = RatesReader.read(write("\uFEFF" + DFE_HEADER
                + "2020,Reporting year,National,E92000001,,,,50920,42.1\n"
                + "2020,Reporting year,Local authority,E92000001,840,E06000047,County Durham,389,38.1\n"
                + "201819,Financial year,Local authority,E92000001,840,E06000047,County Durham,300,x\n"
                + "2018,Reporting year,Local authority,E92000001,805,E06000001,Hartlepool,100,\"1,234.5\"\n"),
                "rates.csv", null);
        assertThat(rates.shape()).isEqualTo(Rates.DFE);
        assertThat(rates.rateColumn()).isEqualTo("CPP_At31_rate");
        assertThat(rates.las()).extracting(LaRates::code).containsExactly("E06000047", "E06000001");
        assertThat(rates.find("840")).isSameAs(rates.find("E06000047"));
        assertThat(rates.find("E06000047").byYear()).containsExactly(Map.entry(2020, 38.1));
        assertThat(rates.find("805").byYear()).containsExactly(Map.entry(2018, 1234.5));
    }

    @Test
    void aHeaderOfNeitherShapeIsRefused() throws Exception {
        InputException e = bad("code,when,value\nA,2019,1\n", null);
        assertThat(e.problems()).extracting(Object::toString).containsExactly("rates.csv row 1: the header matches "
                + "neither rates shape: tidy la_code,year,rate (optional la_name), or the DfE Explore Education "
                + "Statistics CSV with time_period, geographic_level, new_la_code, old_la_code, la_name and rate "
                + "columns (found: code,when,value)");
    }

    @Test
    void everyBadRateAndDuplicateYearIsReported() throws Exception {
        InputException e = bad("la_code,year,rate\nA,2019,1.5\nA,2019,2\nB,2019,n/a\nB,20x9,3\n", null);
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "rates.csv row 3, column year: LA A has a second rate for 2019 (the first is on row 2); keep one "
                        + "row per LA and year (if the file holds several measures, filter it to one)",
                "rates.csv row 4, column rate: 'n/a' is not a number nor a missing-value symbol (c, x, z, u, NA or "
                        + "blank)",
                "rates.csv row 5, column year: '20x9' is not a year; write a year such as 2019 (or a DfE period "
                        + "such as 201920)");
    }

    @Test
    void aRateColumnThatIsNotInTheFileIsRefusedWithTheCandidates() throws Exception {
        InputException e = bad(DFE_HEADER, "CPP_rate");
        assertThat(e.problems()).extracting(Object::toString).containsExactly("rates.csv row 1, column CPP_rate: "
                + "--rate-column CPP_rate is not a column of the file; rate columns: CPP_At31_rate");
    }

    @Test
    void aDfeFileWithSeveralRateColumnsNeedsRateColumn() throws Exception {
        InputException e = bad("time_period,geographic_level,old_la_code,new_la_code,la_name,a_rate,b_rate\n", null);
        assertThat(e).hasMessage("rates.csv row 1: the file has 2 rate columns; choose one with --rate-column: "
                + "a_rate, b_rate");
    }

    /** The real DfE child-protection file in ../shared/data/dfe/, read in place. */
    @Test
    void theRealDfeFileGivesEachLasTrendFor2016To2020() {
        String shared = System.getProperty("concord.shared");
        assumeThat(shared).as("concord.shared").isNotNull();
        Path file = Path.of(shared, "data", "dfe", "dfe_cin2022_d1_child_protection_plans_2013_to_2022.csv");
        assumeThat(Files.exists(file)).as(file + " present").isTrue();
        InputException several = catchThrowableOfType(InputException.class,
                () -> RatesReader.read(file, "cin.csv", null));
        assertThat(several).hasMessageContaining("choose one with --rate-column").hasMessageContaining("CPP_At31_rate");

        Rates rates = RatesReader.read(file, "cin.csv", "CPP_At31_rate");
        assertThat(rates.las()).hasSize(156); // 152 LAs of 2022 plus codes retired by boundary changes
        long withTrend = rates.las().stream()
                .filter(la -> TrendFitter.fit(la.byYear(), 2016, 2020, 2).trend() != Trend.UNKNOWN).count();
        // python: 151 LAs have >= 3 non-suppressed rates in 2016-2020; the Isles of Scilly's are all 0 (mean 0: unknown)
        assertThat(withTrend).isEqualTo(150);
        // Expected slopes: numpy.polyfit(years, rates, 1) on the file's rows; pct = 100 * slope / mean(rate).
        TrendFit durham = TrendFitter.fit(rates.find("E06000047").byYear(), 2016, 2020, 2);
        assertThat(durham.slope()).isCloseTo(0.78, within(1e-9));
        assertThat(durham.pctPerYear()).isCloseTo(1.7931034482754749, within(1e-9));
        assertThat(durham.trend()).isEqualTo(Trend.STABLE);
        TrendFit hackney = TrendFitter.fit(rates.find("E09000012").byYear(), 2016, 2020, 2);
        assertThat(hackney.slope()).isCloseTo(-1.96, within(1e-9));
        assertThat(hackney.pctPerYear()).isCloseTo(-5.144356955379576, within(1e-9));
        assertThat(hackney.trend()).isEqualTo(Trend.FALLING);
        TrendFit oldDorset = TrendFitter.fit(rates.find("835").byYear(), 2016, 2020, 2);
        assertThat(oldDorset.years()).isEqualTo(4);
        assertThat(oldDorset.slope()).isCloseTo(-6.17, within(1e-9));
        assertThat(TrendFitter.fit(rates.find("E06000059").byYear(), 2016, 2020, 2).trend())
                .isEqualTo(Trend.UNKNOWN); // new Dorset: only 2020 in the window
    }

    @Test
    void negativeRatesAreErrorsInTheTidyAndTheDfeShape() throws Exception {
        InputException tidy = bad("la_code,year,rate\nA,2019,10\nA,2020,-3.5\n", null);
        assertThat(tidy.problems()).extracting(Object::toString).containsExactly("rates.csv row 3, column rate:"
                + " '-3.5' is a negative rate; a rate counts children per 10,000 and cannot be below 0; correct it,"
                + " or leave the cell blank if the rate is not known");
        InputException dfe = bad(DFE_HEADER + "201920,Reporting year,Local authority,E92000001,841,E06000005,"
                + "Darlington,60,-1\n", "CPP_At31_rate");
        assertThat(dfe.problems()).extracting(Object::toString).containsExactly("rates.csv row 2, column"
                + " CPP_At31_rate: '-1' is a negative rate; a rate counts children per 10,000 and cannot be below 0;"
                + " correct it, or leave the cell blank if the rate is not known");
    }
}
