package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.study.LocalAuthority;
import org.concord.study.Participant;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyseCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(AnalyseCommandTest.class.getResource("/analyse/" + name)).toURI());
    }

    private int run(String... args) {
        CommandLine cl = ConcordCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String[] args(String... more) throws Exception {
        List<String> a = new java.util.ArrayList<>(List.of("analyse", "--form", resource("form").toString(),
                "--responses", resource("responses.csv").toString(), "--rates", resource("rates.csv").toString(),
                "--years", "2016-2020", "--permutations", "999", "--bootstrap", "999"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void analysesAndWritesTheJsonAndTheWorkbook() throws Exception {
        Path json = dir.resolve("result.json");
        Path xlsx = dir.resolve("report.xlsx");
        int code = run(args("--json", json.toString(), "--out", xlsx.toString()));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Is worker-leader agreement in values greater in LAs with falling "
                + "rates than in LAs with rising rates?\nAgreement was greater in the 4 LAs with falling rates")
                .contains("12 LAs in the responses, 8 included, 4 excluded")
                .contains("Wrote " + json).contains("Wrote " + xlsx);
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readString(json)).contains("\"n_falling\": 4,", "\"permutations\": 999,");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(9);
        }
    }

    @Test
    void theSameSeedGivesByteForByteTheSameJson() throws Exception {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        assertThat(run(args("--seed", "5", "--json", first.toString()))).isZero();
        assertThat(run(args("--seed", "5", "--json", second.toString()))).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void badOptionsAreEachReportedWithExit2() throws Exception {
        int code = run(args("--index", "person_mode", "--min-workers", "0"));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("--min-workers must be at least 1\n"
                + "--index person_mode does not exist; use one of person_mad, person_d2, group_mad, group_d, "
                + "profile_r, rwg_j, rwg_j_lindell, ad_mean\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void factorsSetsTheFactorAnalysisAndMustBePositive() throws Exception {
        Path json = dir.resolve("factors.json");
        assertThat(run(args("--factors", "2", "--json", json.toString()))).as(err.toString()).isZero();
        assertThat(Files.readString(json)).contains("\"factors\": {\n    \"n_factors\": 2,");
        assertThat(run(args("--factors", "0"))).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("--factors must be at least 1\n");
    }

    @Test
    void anOutputInAFolderThatDoesNotExistIsBadInputBeforeAnyWork() throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("report.xlsx");
        assertThat(run(args("--out", missing.toString()))).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(missing + ": cannot be written: the folder " + missing.getParent()
                + " does not exist; create it or choose another place\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aYearsWindowWithoutDataIsBadInput() throws Exception {
        String[] a = args();
        a[List.of(a).indexOf("2016-2020")] = "2030-2034";
        assertThat(run(a)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(resource("rates.csv") + ": no rates in the --years window 2030-2034; "
                + "the file has rates for 2014-2020\n");
    }

    @Test
    void badResponsesAndBadRatesAreReportedTogether() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "participant_id,la_code,item,value\np1,A,role,director\np1,A,q1,7\np2,A,q1,1\n",
                StandardCharsets.UTF_8);
        Path rates = dir.resolve("rates.csv");
        Files.writeString(rates, "la_code,year,rate\nA,2019,1\nA,2019,2\n", StandardCharsets.UTF_8);
        int code = run("analyse", "--form", resource("form").toString(), "--responses", csv.toString(),
                "--rates", rates.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().split("\n")).containsExactly(
                csv + " row 3, column value: '7' is not a choice of item q1 (choices: 1, 2, 3, 4, 5)",
                csv + " row 4, column participant_id: participant p2 has no answer to role; the analysis needs to "
                        + "know whether each participant is a leader or a worker",
                rates + " row 3, column year: LA A has a second rate for 2019 (the first is on row 2); keep one row "
                        + "per LA and year (if the file holds several measures, filter it to one)");
    }

    @Test
    void aRateColumnThatIsNotInTheFileIsBadInput() throws Exception {
        assertThat(run(args("--rate-column", "CPP_At31_rate"))).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(resource("rates.csv") + " row 1, column CPP_At31_rate: --rate-column "
                + "CPP_At31_rate is not a column of the file; rate columns: rate\n");
    }

    @Test
    void anEmptyGroupIsSaidPlainlyOnStdoutAndStderr() throws Exception {
        Path json = dir.resolve("r.json");
        assertThat(run(args("--stable-band", "50", "--json", json.toString()))).isZero();
        assertThat(out.toString()).contains("No answer: the comparison needs LAs in both groups (0 falling, "
                + "0 rising).");
        assertThat(err.toString()).contains("concord analyse: No LA with a falling trend met the inclusion rules, "
                + "so the groups cannot be compared.");
        assertThat(Files.readString(json)).contains("\"difference\": null,").doesNotContain("NaN");
    }

    /** The real DfE child-protection file, read in place; LAs matched on new codes and on an old code (840). */
    @Test
    void analysesAgainstTheRealDfeFile() throws Exception {
        String shared = System.getProperty("concord.shared");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null);
        Path dfe = Path.of(shared, "data", "dfe", "dfe_cin2022_d1_child_protection_plans_2013_to_2022.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dfe), dfe + " present");
        String text = Files.readString(resource("responses.csv"), StandardCharsets.UTF_8)
                .replace(",LA01,", ",E09000012,").replace(",LA02,", ",840,").replace(",LA12,", ",E99999999,");
        Path csv = dir.resolve("real-las.csv");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        Path json = dir.resolve("dfe.json");
        int code = run("analyse", "--form", resource("form").toString(), "--responses", csv.toString(),
                "--rates", dfe.toString(), "--rate-column", "CPP_At31_rate", "--years", "2016-2020",
                "--permutations", "99", "--bootstrap", "99", "--json", json.toString());
        assertThat(code).as(err.toString()).isZero();
        String result = Files.readString(json);
        // Hackney 2016-2020 (rates 37 .. 38.4): OLS slope -1.96 a year (numpy.polyfit), mean 38.1
        assertThat(result).contains("\"la_code\": \"E09000012\",\n      \"la_name\": \"Authority 1\"")
                .contains("\"trend\": \"falling\",\n      \"slope\": -1.96")
                .contains("\"pct_per_year\": -5.14435695538") // exact: -196 / 38.1 = -5.1443569553805774
                .contains("\"excluded_reason\": \"not in the rates file\"")
                .contains("\"rate_column\": \"CPP_At31_rate\"", "\"shape\": \"dfe\"");
        // Durham, given by its old code 840: 0.78 a year, +1.79 % a year: stable within 2 %
        assertThat(result).contains("\"la_code\": \"840\"").contains("stable trend (1.8% a year, within \u00b12%)");
    }

    @Test
    void readsAStudyFileWithTheFormStoredInside() throws Exception {
        Form form = FormLoader.load(resource("form"));
        Path file = dir.resolve("s.concord");
        try (Study study = Study.create(file, form, List.of(new LocalAuthority("LA01", "Authority 1"),
                new LocalAuthority("LA05", "Authority 5")), "1234".toCharArray())) {
            int k = 0;
            for (String la : List.of("LA01", "LA05")) {
                long session = study.startSession(la, "AB").id();
                for (int p = 0; p < 5; p++) {
                    Participant participant = study.createParticipant(session, "en");
                    study.saveAnswer(participant.id(), "role", p < 2 ? "director" : "social_worker", "en");
                    for (int q = 1; q <= 4; q++) {
                        study.saveAnswer(participant.id(), "q" + q, Integer.toString(1 + (k++ % 5)), "en");
                    }
                    study.markComplete(participant.id());
                }
            }
        }
        Path json = dir.resolve("study.json");
        int code = run("analyse", "--study", file.toString(), "--rates", resource("rates.csv").toString(),
                "--years", "2016-2020", "--permutations", "99", "--bootstrap", "99", "--json", json.toString());
        assertThat(code).as(err.toString()).isZero();
        String text = Files.readString(json);
        assertThat(text).contains("\"role\": \"study\"", "\"la_code\": \"LA05\"", "\"n_leaders\": 2,",
                "\"n_workers\": 3,", "\"n_falling\": 1,", "\"n_rising\": 1,");
    }
}
