package org.concord.stats.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
            // The store draws its own participant UUIDs; a participant's answers are compared by their role and LA
            // order, which the writer keeps.
            Map<String, List<String>> stored = byParticipantInLa(rows);
            Map<String, List<String>> generated = new HashMap<>();
            for (SimulatedParticipant p : synthetic.participants()) {
                generated.computeIfAbsent(p.laCode(), k -> new java.util.ArrayList<>())
                        .add(p.answers().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .sorted().collect(Collectors.joining(",")));
            }
            assertThat(stored.keySet()).isEqualTo(generated.keySet());
            stored.forEach((la, answers) -> assertThat(answers).containsExactlyInAnyOrderElementsOf(generated.get(la)));
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

    private static Map<String, List<String>> byParticipantInLa(List<ResponseRow> rows) {
        Map<String, Map<String, List<String>>> byLa = new java.util.TreeMap<>();
        for (ResponseRow r : rows) {
            byLa.computeIfAbsent(r.laCode(), k -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(r.participantId().toString(), k -> new java.util.ArrayList<>())
                    .add(r.item() + "=" + r.value());
        }
        Map<String, List<String>> out = new HashMap<>();
        byLa.forEach((la, participants) -> out.put(la, participants.values().stream()
                .map(a -> a.stream().sorted().collect(Collectors.joining(","))).toList()));
        return out;
    }
}
