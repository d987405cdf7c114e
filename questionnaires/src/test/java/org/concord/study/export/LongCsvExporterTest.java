package org.concord.study.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongCsvExporterTest {
    @TempDir
    Path dir;

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).isEqualTo('\uFEFF');
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
                return parser.getRecords();
            }
        }
    }

    @Test
    void writesBomHeaderAndTheCurrentValueOfEveryAnswerInFormOrder() throws Exception {
        ExportFixtures fx = new ExportFixtures();
        Path csv = dir.resolve("responses.csv");
        try (Study study = fx.create(dir.resolve("s.concord"))) {
            assertThat(LongCsvExporter.export(study, csv, false)).isEqualTo(9);
        }
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith(
                "\uFEFFparticipant_id,la_code,item,value,la_name,answered_at,language\r\n");
        List<CSVRecord> records = read(csv);
        List<String> leaderRows = records.stream().skip(1).filter(r -> r.get(0).equals(fx.leader.toString()))
                .map(r -> r.get(2) + "=" + r.get(3) + "@" + r.get(6)).collect(Collectors.toList());
        // form order: consent, role, years, v1, v2, comment; the cleared comment has a blank value
        assertThat(leaderRows).containsExactly("consent=OK@en", "role=team_manager@en", "years=-1@en", "v1=4@cy",
                "v2=2@en", "comment=@en");
        assertThat(records.get(1).get(1)).isEqualTo("W06000015");
        assertThat(records.get(1).get(4)).isEqualTo("Cardiff");
        assertThat(records.get(1).get(5)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    }

    @Test
    void completedOnlyLeavesOutUnfinishedParticipants() throws Exception {
        ExportFixtures fx = new ExportFixtures();
        Path csv = dir.resolve("completed.csv");
        try (Study study = fx.create(dir.resolve("s.concord"))) {
            assertThat(LongCsvExporter.export(study, csv, true)).isEqualTo(6);
        }
        assertThat(read(csv).stream().skip(1)).allMatch(r -> r.get(0).equals(fx.leader.toString()));
    }

    @Test
    void textThatCouldRunAsAFormulaIsPrefixedWithAnApostrophe() throws Exception {
        ExportFixtures fx = new ExportFixtures();
        Path csv = dir.resolve("guarded.csv");
        try (Study study = fx.create(dir.resolve("s.concord"))) {
            for (int i = 0; i < ExportFixtures.DANGEROUS.size(); i++) {
                study.saveAnswer(fx.worker, "t" + i, ExportFixtures.DANGEROUS.get(i), "cy");
            }
            LongCsvExporter.export(study, csv, false);
        }
        List<CSVRecord> records = read(csv);
        for (int i = 0; i < ExportFixtures.DANGEROUS.size(); i++) {
            String item = "t" + i;
            CSVRecord row = records.stream().filter(r -> r.get(2).equals(item)).findFirst().orElseThrow();
            assertThat(row.get(3)).isEqualTo("'" + ExportFixtures.DANGEROUS.get(i));
        }
        assertThat(records.stream().filter(r -> r.get(1).equals("W06000011")).map(r -> r.get(4)))
                .containsOnly("'=Swansea");
        // a plain negative number is a number to a spreadsheet, not a formula: left as it is
        assertThat(records.stream().filter(r -> r.get(2).equals("years")).map(r -> r.get(3))).containsOnly("-1");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheExportIsComplete() throws Exception {
        Path csv = dir.resolve("out.csv");
        Files.writeString(csv, "old");
        try (Study study = new ExportFixtures().create(dir.resolve("s.concord"))) {
            LongCsvExporter.export(study, csv, false);
        }
        assertThat(Files.readString(csv)).startsWith("\uFEFFparticipant_id");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
