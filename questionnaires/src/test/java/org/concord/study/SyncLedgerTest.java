package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** The study UUID (schema 3) and the ledger of what has been sent, without a server. */
class SyncLedgerTest {
    @TempDir
    Path dir;

    @Test
    void aNewStudyHasAUuidThatAMergeKeeps() {
        Path file = dir.resolve("a.concord");
        String id;
        try (Study study = Study.create(file, TestForms.sample(), List.of(new LocalAuthority("W06000015", "Cardiff")),
                "1234".toCharArray())) {
            id = SyncLedger.studyId(study);
        }
        assertThat(UUID.fromString(id).version()).isEqualTo(4);
        Path merged = dir.resolve("merged.concord");
        StudyMerger.merge(List.of(file), merged, false);
        try (Study study = Study.openReadOnly(merged)) {
            assertThat(SyncLedger.studyId(study)).isEqualTo(id);
        }
    }

    @Test
    void aVersion2StudyGetsAUuidWhenFirstOpenedForWritingAndKeepsIt() throws Exception {
        Path file = dir.resolve("v2.concord");
        try (Study study = Study.create(file, TestForms.sample(), List.of(new LocalAuthority("W06000015", "Cardiff")),
                "1234".toCharArray())) {
            assertThat(SyncLedger.studyId(study)).isNotNull();
        }
        // Back to what schema 2 wrote: no UUID, no ledger.
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("DELETE FROM meta WHERE key = 'study_uuid'");
            st.execute("DROP TABLE sync_participant");
            st.execute("DROP TABLE sync_session");
            st.execute("DROP TABLE sync_server");
            st.execute("PRAGMA user_version = 2");
        }
        String first;
        try (Study study = Study.open(file)) {
            first = SyncLedger.studyId(study);
        }
        try (Study study = Study.open(file)) {
            assertThat(SyncLedger.studyId(study)).as("the UUID given at the upgrade").isEqualTo(first);
        }
    }

    @Test
    void whatWasSentIsNotPendingUntilItChanges() {
        Path file = dir.resolve("l.concord");
        try (Study study = Study.create(file, TestForms.sample(), List.of(new LocalAuthority("W06000015", "Cardiff")),
                "1234".toCharArray())) {
            long session = study.startSession("W06000015", "KT").id();
            UUID p = study.createParticipant(session, "en").id();
            study.saveAnswer(p, "v1", "3", "en");
            SyncLedger.Pending pending = SyncLedger.pending(study, "server-1", false);
            assertThat(pending.participantIds()).hasSize(1);
            assertThat(pending.sessions()).hasSize(1);
            SyncRows.Batch batch = SyncLedger.participantBatch(study, pending.participantIds());
            assertThat(batch.answers()).extracting(SyncRows.AnswerRow::value).containsExactly("3");
            SyncLedger.recordSent(study, "server-1", "postgresql://u@h:5432/d", SyncLedger.sessionBatch(pending));
            SyncLedger.recordSent(study, "server-1", "postgresql://u@h:5432/d", batch);
            assertThat(SyncLedger.pending(study, "server-1", false).isEmpty()).isTrue();
            assertThat(SyncLedger.pending(study, "server-2", false).participantIds()).hasSize(1);
            assertThat(SyncLedger.pending(study, "server-1", true).participantIds()).hasSize(1);
            study.recordParadata(p, "page_shown", "values");
            assertThat(SyncLedger.pending(study, "server-1", false).participantIds()).hasSize(1);
            SyncLedger.recordSent(study, "server-1", "postgresql://u@h:5432/d",
                    SyncLedger.participantBatch(study, List.of(pending.participantIds().get(0))));
            study.markComplete(p);
            study.endSession(session);
            SyncLedger.Pending later = SyncLedger.pending(study, "server-1", false);
            assertThat(later.participantIds()).hasSize(1);
            assertThat(later.sessions()).singleElement().satisfies(s -> assertThat(s.endedAt()).isNotNull());
            assertThat(SyncLedger.servers(study)).singleElement()
                    .satisfies(s -> assertThat(s[1]).isEqualTo("postgresql://u@h:5432/d"));
        }
    }
}
