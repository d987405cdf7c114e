package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.concord.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyTest {
    static final List<LocalAuthority> LAS = List.of(new LocalAuthority("W06000015", "Cardiff"),
            new LocalAuthority("W06000011", "Swansea"));

    @TempDir
    Path dir;

    static Study newStudy(Path file) {
        return Study.create(file, TestForms.sample(), LAS, "4321".toCharArray());
    }

    @Test
    void answersSessionsAndParadataSurviveReopening() {
        Path file = dir.resolve("study.concord");
        UUID id;
        try (Study study = newStudy(file)) {
            FieldworkSession session = study.startSession("W06000015", "AB");
            assertThat(session.device()).isNotBlank();
            Participant p = study.createParticipant(session.id(), "cy");
            id = p.id();
            assertThat(p.laCode()).isEqualTo("W06000015");
            study.recordParadata(id, "page_shown", "intro");
            study.saveAnswer(id, "role", "team_manager", "cy");
            study.saveAnswer(id, "v1", "4", "cy");
            study.saveAnswer(id, "v1", "5", "en");
            study.saveAnswer(id, "comment", "hello", "en");
            study.saveAnswer(id, "comment", null, "en");
            study.recordParadata(id, "page_shown", "values");
            study.endSession(session.id());
        }
        try (Study study = Study.open(file)) {
            assertThat(study.las()).isEqualTo(LAS);
            assertThat(study.formSource()).isEqualTo(TestForms.sample().source());
            assertThat(study.sessions()).singleElement().satisfies(s -> {
                assertThat(s.researcherInitials()).isEqualTo("AB");
                assertThat(s.endedAt()).isNotNull();
            });
            assertThat(study.currentAnswers(id)).isEqualTo(Map.of("role", "team_manager", "v1", "5"));
            assertThat(study.history(id)).extracting(AnswerRevision::item, AnswerRevision::revision,
                    AnswerRevision::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("comment", 1, "hello"),
                    org.assertj.core.groups.Tuple.tuple("comment", 2, null),
                    org.assertj.core.groups.Tuple.tuple("role", 1, "team_manager"),
                    org.assertj.core.groups.Tuple.tuple("v1", 1, "4"),
                    org.assertj.core.groups.Tuple.tuple("v1", 2, "5"));
            assertThat(study.history(id)).allMatch(r -> r.formSha256().equals(study.formSource().sha256()));
            List<ParticipantState> unfinished = study.unfinished();
            assertThat(unfinished).singleElement().satisfies(s -> {
                assertThat(s.participant().id()).isEqualTo(id);
                assertThat(s.lastPage()).isEqualTo("values");
                assertThat(s.answers()).containsEntry("v1", "5");
            });
            assertThat(study.responses()).extracting(ResponseRow::item, ResponseRow::value, ResponseRow::laName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("comment", null, "Cardiff"),
                            org.assertj.core.groups.Tuple.tuple("role", "team_manager", "Cardiff"),
                            org.assertj.core.groups.Tuple.tuple("v1", "5", "Cardiff"));
            assertThat(study.responses(true)).isEmpty();
            study.markComplete(id);
            assertThat(study.unfinished()).isEmpty();
            assertThat(study.responses(true)).hasSize(3);
            assertThat(study.paradata(id)).extracting(ParadataEvent::detail).containsExactly("intro", "values");
        }
    }

    @Test
    void theWriterUsesWalAndFullSynchronousCommits() throws Exception {
        try (Study study = newStudy(dir.resolve("durable.concord"));
             java.sql.Statement st = study.conn.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
            try (java.sql.ResultSet rs = st.executeQuery("PRAGMA synchronous")) {
                rs.next();
                assertThat(rs.getInt(1)).as("2 = FULL").isEqualTo(2);
            }
            assertThat(study.conn.getAutoCommit()).as("each save is its own committed transaction").isTrue();
        }
    }

    @Test
    void progressCountsByLaAndRoleGroup() {
        try (Study study = newStudy(dir.resolve("p.concord"))) {
            long s = study.startSession("W06000011", "CD").id();
            UUID leader = study.createParticipant(s, "en").id();
            study.saveAnswer(leader, "role", "team_manager", "en");
            study.markComplete(leader);
            UUID worker = study.createParticipant(s, "en").id();
            study.saveAnswer(worker, "role", "social_worker", "en");
            study.createParticipant(s, "en");
            assertThat(study.progress()).containsExactly(
                    new ProgressRow("W06000015", "Cardiff", "leader", 0, 0),
                    new ProgressRow("W06000015", "Cardiff", "worker", 0, 0),
                    new ProgressRow("W06000011", "Swansea", "leader", 1, 1),
                    new ProgressRow("W06000011", "Swansea", "worker", 1, 0),
                    new ProgressRow("W06000011", "Swansea", "unknown", 1, 0));
        }
    }

    @Test
    void participantCodesAreShortReadableAndUnique() {
        try (Study study = newStudy(dir.resolve("c.concord"))) {
            long s = study.startSession("W06000015", "AB").id();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Participant p = study.createParticipant(s, "en");
                assertThat(p.code()).matches("[" + ParticipantCodes.ALPHABET + "]{3}-["
                        + ParticipantCodes.ALPHABET + "]{3}");
                codes.add(p.code());
            }
            assertThat(codes).doesNotHaveDuplicates();
            assertThat(ParticipantCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L", "2", "Z", "5", "S", "8",
                    "B");
        }
    }

    @Test
    void adminPinIsCheckedAndNeverStoredInPlain() throws Exception {
        Path file = dir.resolve("pin.concord");
        try (Study study = Study.create(file, TestForms.sample(), LAS, "975310".toCharArray())) {
            assertThat(study.checkPin("975310".toCharArray())).isTrue();
            assertThat(study.checkPin("975311".toCharArray())).isFalse();
            assertThat(study.checkPin(new char[0])).isFalse();
        }
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("975310");
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path file = dir.resolve("exists.concord");
        Files.writeString(file, "precious");
        assertThatThrownBy(() -> newStudy(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void secondWriterIsToldWhoHasTheStudy() {
        Path file = dir.resolve("study.concord");
        try (Study first = newStudy(file)) {
            assertThatThrownBy(() -> Study.open(file)).isInstanceOf(StudyInUseException.class)
                    .hasMessageMatching("study\\.concord is in use by .+/" + ProcessHandle.current().pid()
                            + " since \\d{4}-\\d\\d-\\d\\dT.*");
            assertThat(first.sessions()).isEmpty();
        }
        try (Study again = Study.open(file)) {
            assertThat(again.las()).hasSize(2);
        }
        assertThat(StudyLock.lockFileOf(file)).doesNotExist();
    }

    @Test
    void staleLockOfAKilledProgramIsTakenOver() throws Exception {
        Path file = dir.resolve("study.concord");
        newStudy(file).close();
        Files.writeString(StudyLock.lockFileOf(file), "laptop-7/99999 since 2026-01-01T09:00:00Z");
        try (Study study = Study.open(file)) {
            assertThat(study.las()).hasSize(2);
            assertThat(study.staleLockHolder()).isEqualTo("laptop-7/99999 since 2026-01-01T09:00:00Z");
            assertThat(Files.readString(StudyLock.lockFileOf(file))).contains("/" + ProcessHandle.current().pid());
        }
        try (Study study = Study.open(file)) {
            assertThat(study.staleLockHolder()).as("closed cleanly last time").isNull();
        }
    }

    @Test
    void readOnlyReaderSeesCommittedAnswersWhileTheWriterWorks() {
        Path file = dir.resolve("study.concord");
        try (Study writer = newStudy(file)) {
            UUID p = writer.createParticipant(writer.startSession("W06000015", "AB").id(), "en").id();
            writer.saveAnswer(p, "v1", "3", "en");
            try (Study reader = Study.openReadOnly(file)) {
                assertThat(reader.currentAnswers(p)).containsEntry("v1", "3");
                writer.saveAnswer(p, "v2", "1", "en");
                assertThat(reader.currentAnswers(p)).containsEntry("v2", "1");
                assertThatThrownBy(() -> reader.saveAnswer(p, "v1", "1", "en"))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
            }
        }
    }

    @Test
    void concurrentSaversLoseNothing() throws Exception {
        try (Study study = newStudy(dir.resolve("t.concord"))) {
            long s = study.startSession("W06000015", "AB").id();
            UUID p = study.createParticipant(s, "en").id();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String item = "q" + t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        study.saveAnswer(p, item, Integer.toString(i), "en");
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            assertThat(study.history(p)).hasSize(100);
            assertThat(study.currentAnswers(p)).containsEntry("q0", "24").containsEntry("q3", "24");
        }
    }

    @Test
    void laListCanBeChangedButNotLoseAnLaWithSessions() {
        try (Study study = newStudy(dir.resolve("la.concord"))) {
            study.startSession("W06000015", "AB");
            study.setLas(List.of(new LocalAuthority("W06000015", "Caerdydd")));
            assertThat(study.las()).containsExactly(new LocalAuthority("W06000015", "Caerdydd"));
            assertThatThrownBy(() -> study.setLas(List.of(new LocalAuthority("W06000011", "Swansea"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("W06000015");
            assertThat(study.las()).containsExactly(new LocalAuthority("W06000015", "Caerdydd"));
            assertThatThrownBy(() -> study.startSession("E09000002", "AB"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
