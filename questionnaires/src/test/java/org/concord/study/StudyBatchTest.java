package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.forms.FormLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyBatchTest {
    @TempDir
    Path dir;

    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    private static StudyBatch.BulkParticipant participant(UUID id, String role) {
        return new StudyBatch.BulkParticipant(id, "en", 7L, T0, T0.plusSeconds(40), List.of(
                new StudyBatch.BulkAnswer("consent", "OK", T0),
                new StudyBatch.BulkAnswer("role", role, T0.plusSeconds(20))));
    }

    @Test
    void anImportedSessionKeepsTheGivenUuidsTimesAndAnswers() {
        Path file = dir.resolve("s.concord");
        UUID a = UUID.fromString("00000000-0000-4000-8000-000000000001");
        UUID b = UUID.fromString("00000000-0000-4000-8000-000000000002");
        try (Study study = Study.create(file, FormLoader.loadBundled("values-agreement"),
                List.of(new LocalAuthority("Q1", "One")), "0000".toCharArray())) {
            StudyBatch.importSession(study, "Q1", "SIM", "simulation",
                    List.of(participant(a, "director"), participant(b, "social_worker")));
        }
        try (Study study = Study.openReadOnly(file)) {
            assertThat(study.participantCounts()).containsExactly(2, 2);
            assertThat(study.currentAnswers(a)).isEqualTo(Map.of("consent", "OK", "role", "director"));
            assertThat(study.history(b)).extracting(AnswerRevision::answeredAt)
                    .containsExactly(T0, T0.plusSeconds(20));
            assertThat(study.sessions()).singleElement().satisfies(s -> {
                assertThat(s.laCode()).isEqualTo("Q1");
                assertThat(s.startedAt()).isEqualTo(T0);
                assertThat(s.endedAt()).isEqualTo(T0.plusSeconds(40));
            });
        }
    }

    @Test
    void aFailingBatchLeavesNothingOfItInTheFile() {
        Path file = dir.resolve("f.concord");
        UUID a = UUID.fromString("00000000-0000-4000-8000-000000000001");
        try (Study study = Study.create(file, FormLoader.loadBundled("values-agreement"),
                List.of(new LocalAuthority("Q1", "One")), "0000".toCharArray())) {
            StudyBatch.importSession(study, "Q1", "SIM", "simulation", List.of(participant(a, "director")));
            // The same UUID again breaks the unique key half-way through the second batch.
            UUID fresh = UUID.fromString("00000000-0000-4000-8000-000000000003");
            assertThatThrownBy(() -> StudyBatch.importSession(study, "Q1", "SIM", "simulation",
                    List.of(participant(fresh, "director"), participant(a, "director"))))
                    .isInstanceOf(StudyWriteException.class);
            assertThat(study.participantCounts()).containsExactly(1, 1);
            assertThat(study.sessions()).hasSize(1);
        }
    }
}
