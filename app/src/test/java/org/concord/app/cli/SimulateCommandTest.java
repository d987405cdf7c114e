package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void simulateWithOnlyOutWritesAStudyOfTheBundledFormAndItsRates() throws Exception {
        Path out = dir.resolve("s.concord");
        CliRun run = CliRun.of("simulate", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + out + ": 24 LAs (8 falling, 8 rising, 8 stable), 456 participants");
        try (Study study = Study.openReadOnly(out)) {
            assertThat(study.las()).hasSize(24);
            assertThat(study.participantCounts()).containsExactly(456, 456);
            assertThat(study.form().settings().formId()).isEqualTo("values-agreement");
        }
        List<String> rates = Files.readAllLines(dir.resolve("s-rates.csv"));
        assertThat(rates.get(0)).isEqualTo("la_code,year,rate,la_name");
        assertThat(rates).hasSize(1 + 24 * 7);
    }

    @Test
    void theSameSeedWritesTheSameCsvAndRates() throws Exception {
        String[] common = {"simulate", "--las", "4", "--leaders", "2", "--workers", "5", "--seed", "42"};
        for (String name : new String[] {"a", "b"}) {
            CliRun run = CliRun.of(concat(common, "--out", dir.resolve(name + ".concord").toString(),
                    "--csv", dir.resolve(name + ".csv").toString(), "--rates", dir.resolve(name + "-r.csv").toString()));
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        assertThat(Files.readAllBytes(dir.resolve("b.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("a.csv")));
        assertThat(Files.readAllBytes(dir.resolve("b-r.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("a-r.csv")));
        assertThat(Files.readString(dir.resolve("a.csv"))).startsWith("\uFEFFparticipant_id,la_code,item,value,");
    }

    @Test
    void anExistingFileIsRefusedWithExitTwoAndNothingIsWritten() throws Exception {
        Path rates = dir.resolve("r.csv");
        Files.writeString(rates, "mine");
        CliRun run = CliRun.of("simulate", "--out", dir.resolve("new.concord").toString(), "--rates",
                rates.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(rates + ": already exists");
        assertThat(Files.readString(rates)).isEqualTo("mine");
        assertThat(dir.resolve("new.concord")).doesNotExist();
    }

    @Test
    void aMissingFolderIsReportedBeforeAnythingIsWritten() {
        Path csv = dir.resolve("no-such-folder").resolve("x.csv");
        CliRun run = CliRun.of("simulate", "--out", dir.resolve("m.concord").toString(), "--csv", csv.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(csv + ": cannot be written: the folder " + csv.getParent()
                + " does not exist");
        assertThat(dir.resolve("m.concord")).doesNotExist();
        assertThat(dir.resolve("m-rates.csv")).doesNotExist();
    }

    @Test
    void badOptionsAreAllReportedWithExitTwo() {
        CliRun run = CliRun.of("simulate", "--out", dir.resolve("x.concord").toString(), "--las", "0",
                "--missing", "2", "--years", "2020");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--years must be FROM-TO");
        CliRun run2 = CliRun.of("simulate", "--out", dir.resolve("x.concord").toString(), "--las", "0",
                "--missing", "2");
        assertThat(run2.exitCode()).isEqualTo(2);
        assertThat(run2.err()).contains("--las must be between 1 and 9999").contains("--missing must be a rate");
        assertThat(run2.err()).doesNotContain("Exception");
        assertThat(dir.resolve("x.concord")).doesNotExist();
    }

    @Test
    void analysingTheSimulatedStudyFileAndItsCsvGivesTheSameResult() throws Exception {
        Path study = dir.resolve("s.concord");
        Path csv = dir.resolve("s.csv");
        Path rates = dir.resolve("r.csv");
        CliRun sim = CliRun.of("simulate", "--las", "9", "--out", study.toString(), "--csv", csv.toString(),
                "--rates", rates.toString());
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        CliRun fromStudy = CliRun.of("analyse", "--study", study.toString(), "--rates", rates.toString(),
                "--years", "2016-2022", "--bootstrap", "99", "--json", dir.resolve("a.json").toString());
        assertThat(fromStudy.exitCode()).as(fromStudy.err()).isZero();
        CliRun fromCsv = CliRun.of("analyse", "--form", Path.of("..", "questionnaires", "forms",
                "values-agreement").toString(), "--responses", csv.toString(), "--rates", rates.toString(),
                "--years", "2016-2022", "--bootstrap", "99", "--json", dir.resolve("b.json").toString());
        assertThat(fromCsv.exitCode()).as(fromCsv.err()).isZero();
        String a = Files.readString(dir.resolve("a.json"));
        String b = Files.readString(dir.resolve("b.json"));
        assertThat(a).contains("\"n_falling\": 3").contains("\"n_rising\": 3");
        // The parameters name different input files; every result after them is the same.
        assertThat(a.substring(a.indexOf("\"las\""))).isEqualTo(b.substring(b.indexOf("\"las\"")));
    }

    @Test
    void aListOfLasWithTheirOwnCountsIsSimulated() throws Exception {
        Path list = dir.resolve("las.csv");
        Files.writeString(list, "la_code,la_name,leaders,workers\nQ1,One,2,5\nQ2,Two,3,\n");
        Path out = dir.resolve("l.concord");
        CliRun run = CliRun.of("simulate", "--la-list", list.toString(), "--workers", "4", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 LAs (1 falling, 1 rising, 0 stable), 14 participants");
        try (Study study = Study.openReadOnly(out)) {
            assertThat(study.las()).extracting(la -> la.code() + " " + la.name()).containsExactly("Q1 One", "Q2 Two");
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
