package org.concord.stats.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationFilesTest {
    @TempDir
    Path dir;

    @Test
    void theLongCsvHasABomTheHeaderAndOneRowPerAnswer() throws Exception {
        SyntheticStudy study = StudySimulator.generate(HandBuiltForm.small(), SimulationSpec.defaults().withLas(4));
        Path csv = dir.resolve("long.csv");
        SimulationFiles.writeLongCsv(study, csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.read(); // the byte-order mark
            rows = CSVParser.parse(in, CSVFormat.RFC4180).getRecords();
        }
        assertThat(rows.get(0).values()).containsExactly("participant_id", "la_code", "item", "value", "la_name",
                "answered_at", "language");
        assertThat(rows).hasSize(1 + (int) study.answerCount());
        SimulatedParticipant first = study.participants().get(0);
        CSVRecord row = rows.get(1);
        assertThat(row.get(0)).isEqualTo(first.id().toString());
        assertThat(row.get(1)).isEqualTo("X0001");
        assertThat(row.get(2)).isEqualTo(first.answers().keySet().iterator().next());
        assertThat(row.get(4)).isEqualTo("Simulated LA 0001");
        assertThat(row.get(5)).isEqualTo("2025-03-03T09:00:00Z");
        assertThat(rows.stream().skip(1).filter(r -> r.get(2).equals("role")).count())
                .isEqualTo(study.participants().size());
    }

    @Test
    void theTidyRatesHaveOneRowPerLaAndYear() throws Exception {
        SyntheticStudy study = StudySimulator.generate(HandBuiltForm.small(), SimulationSpec.defaults().withLas(3));
        Path csv = dir.resolve("rates.csv");
        SimulationFiles.writeTidyRates(study, csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("la_code,year,rate,la_name");
        assertThat(lines).hasSize(1 + 3 * 7);
        assertThat(lines.get(1)).startsWith("X0001,2016,").endsWith(",Simulated LA 0001")
                .contains(String.valueOf(study.las().get(0).rates().get(0).rate()));
    }

    @Test
    void formulaLikeTextIsWrittenAsTextButNumbersStayNumbers() {
        assertThat(SimulationFiles.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SimulationFiles.text("@sum")).isEqualTo("'@sum");
        assertThat(SimulationFiles.text("-3")).isEqualTo("-3");
        assertThat(SimulationFiles.text("X0001")).isEqualTo("X0001");
    }
}
