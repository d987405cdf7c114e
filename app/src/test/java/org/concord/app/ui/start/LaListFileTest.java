package org.concord.app.ui.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.common.InputException;
import org.concord.study.LocalAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaListFileTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsAPlainListWithByteOrderMarkAndKeepsEachCodeOnce() throws Exception {
        Path file = write("las.csv", "\uFEFFcode,name\nW06000015,Cardiff\nW06000011,Swansea\nW06000015,Cardiff\n");
        assertThat(LaListFile.read(file)).containsExactly(new LocalAuthority("W06000015", "Cardiff"),
                new LocalAuthority("W06000011", "Swansea"));
    }

    @Test
    void readsATidyRatesFileAndUsesTheCodeWhenThereIsNoName() throws Exception {
        Path file = write("rates.csv", "la_code,year,rate\nE09000001,2020,40.1\nE09000001,2021,38\nE06000047,2020,51\n");
        assertThat(LaListFile.read(file)).containsExactly(new LocalAuthority("E09000001", "E09000001"),
                new LocalAuthority("E06000047", "E06000047"));
    }

    @Test
    void readsOnlyLocalAuthorityRowsOfADfeFileWithTheLatestName() throws Exception {
        Path file = write("dfe.csv", "\uFEFFtime_period,time_identifier,geographic_level,country_code,old_la_code,"
                + "new_la_code,la_name,CPP_At31_rate\n"
                + "2022,Reporting year,National,E92000001,,,,42.1\n"
                + "2021,Reporting year,Local authority,E92000001,841,E06000005,Darlington (old),60\n"
                + "2022,Reporting year,Local authority,E92000001,841,E06000005,Darlington,c\n"
                + "2022,Reporting year,Local authority,E92000001,999,,Somewhere,x\n");
        assertThat(LaListFile.read(file)).containsExactly(new LocalAuthority("E06000005", "Darlington"),
                new LocalAuthority("999", "Somewhere"));
    }

    @Test
    void readsTheRealDfeChildProtectionFile() {
        String shared = System.getProperty("concord.shared");
        assumeTrue(shared != null);
        Path file = Path.of(shared, "data", "dfe", "dfe_cin2022_d1_child_protection_plans_2013_to_2022.csv");
        assumeTrue(Files.exists(file));
        List<LocalAuthority> las = LaListFile.read(file);
        // England has 152 LAs in the 2022 statistics (some merged LAs appear in earlier years under their own codes).
        assertThat(las.size()).isGreaterThanOrEqualTo(150);
        assertThat(las).allSatisfy(la -> assertThat(la.code()).isNotBlank())
                .extracting(LocalAuthority::code).doesNotHaveDuplicates();
        assertThat(las).anySatisfy(la -> assertThat(la.name()).isEqualTo("Darlington"));
    }

    @Test
    void refusesAFileWithoutACodeColumnAndSaysWhatHeaderIsNeeded() throws Exception {
        Path file = write("names.csv", "authority\nCardiff\n");
        assertThatThrownBy(() -> LaListFile.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("names.csv").hasMessageContaining("'code' or 'la_code'");
    }

    @Test
    void reportsEveryNameWithoutACodeAtOnce() throws Exception {
        Path file = write("gaps.csv", "code,name\n,Cardiff\nW06000011,Swansea\n,Powys\n");
        assertThatThrownBy(() -> LaListFile.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems()).hasSize(2);
            assertThat(e.problems().get(0).row()).isEqualTo(2);
            assertThat(e.problems().get(0).column()).isEqualTo("code");
            assertThat(e.problems().get(0).message()).contains("Cardiff");
            assertThat(e.problems().get(1).row()).isEqualTo(4);
        });
    }

    @Test
    void refusesAFileThatIsNotUtf8Text() throws Exception {
        Path file = Files.write(dir.resolve("binary.csv"), new byte[] {'c', 'o', 'd', 'e', '\n', (byte) 0xC3, 0x28});
        assertThatThrownBy(() -> LaListFile.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("binary.csv").hasMessageContaining("UTF-8");
    }

    @Test
    void aDfePeriodSuchAs201920IsTheYearItEndsAsTheRatesReaderReadsIt() throws Exception {
        // 201920 ends in 2020, so it is later than 2019 and its name is kept (read as 2019, the 2019 row would win).
        Path file = write("periods.csv", "time_period,geographic_level,old_la_code,new_la_code,la_name,rate\n"
                + "201920,Local authority,841,E06000005,Darlington,60\n"
                + "2019,Local authority,841,E06000005,Darlington (old name),61\n");
        assertThat(LaListFile.read(file)).containsExactly(new LocalAuthority("E06000005", "Darlington"));
    }
}
