package org.concord.stats.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.common.InputException;
import org.concord.study.ResponseRow;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedStudyWriterTest {
    @TempDir
    Path dir;

    @Test
    void theStudyFileHoldsEveryLaParticipantAndAnswerOfTheSyntheticStudy() {
        SyntheticStudy synthetic = StudySimulator.generate(HandBuiltForm.small(),
                SimulationSpec.defaults().withLas(3).withRespondents(2, 4));
        Path file = dir.resolve("s.concord");
        SimulatedStudyWriter.write(synthetic, file, "2468".toCharArray());
        try (Study study = Study.openReadOnly(file)) {
            assertThat(study.las()).extracting(la -> la.code() + "=" + la.name())
                    .containsExactly("X0001=Simulated LA 0001", "X0002=Simulated LA 0002", "X0003=Simulated LA 0003");
            assertThat(study.participantCounts()).containsExactly(18, 18);
            assertThat(study.sessions()).hasSize(3).allSatisfy(s -> assertThat(s.endedAt()).isNotNull());
            assertThat(study.checkPin("2468".toCharArray())).isTrue();
            List<ResponseRow> rows = study.responses();
            assertThat((long) rows.size()).isEqualTo(synthetic.answerCount());
            // The store holds the generator's participant UUIDs, answers and times, as the long CSV does.
            Map<String, String> stored = new HashMap<>();
            rows.forEach(r -> stored.put(r.participantId() + " " + r.item(), r.laCode() + " " + r.value() + " "
                    + r.answeredAt() + " " + r.language()));
            Map<String, String> generated = new HashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (SimulatedParticipant p : synthetic.participants()) {
                int k = seen.merge(p.laCode(), 1, Integer::sum) - 1;
                java.time.Instant start = SimulationFiles.startOf(Integer.parseInt(p.laCode().substring(1)) - 1, k);
                int a = 0;
                for (Map.Entry<String, String> e : p.answers().entrySet()) {
                    generated.put(p.id() + " " + e.getKey(), p.laCode() + " " + e.getValue() + " "
                            + start.plusSeconds(20L * a++) + " " + p.language());
                }
            }
            assertThat(stored).isEqualTo(generated);
            assertThat(study.unfinished()).isEmpty();
        }
    }

    @Test
    void anExistingFileIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("mine.concord");
        Files.writeString(file, "not yours");
        SyntheticStudy synthetic = StudySimulator.generate(HandBuiltForm.small(), SimulationSpec.defaults().withLas(2));
        assertThatThrownBy(() -> SimulatedStudyWriter.write(synthetic, file, "0000".toCharArray()))
                .isInstanceOf(InputException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("not yours");
    }
}
