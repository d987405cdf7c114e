package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.concord.forms.FormSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** Files of every earlier schema version open, read-only without change and for writing after an upgrade. */
class StudyMigrationTest {
    @TempDir
    Path dir;

    private static final UUID PARTICIPANT = UUID.fromString("1b4e28ba-2fa1-41d2-883f-0016d3cca427");

    /** A study as schema version 1 wrote it: one form, no form versions per answer, sessions without UUIDs. */
    private Path version1Study() throws Exception {
        Path file = dir.resolve("v1.concord");
        FormSource form = TestForms.sample().source();
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file)) {
            StudySchema.migrate(c, 0, 1);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO form(sha256, text, stored_at) VALUES ('" + form.sha256() + "', '"
                        + form.text().replace("'", "''") + "', 1700000000000)");
                st.execute("INSERT INTO meta VALUES ('form_sha256', '" + form.sha256() + "'), ('pin_salt', '00'),"
                        + " ('pin_hash', '00'), ('pin_iterations', '1')");
                st.execute("INSERT INTO la VALUES ('W06000015', 'Cardiff', 0)");
                st.execute("INSERT INTO session(id, la_code, researcher, device, started_at)"
                        + " VALUES (1, 'W06000015', 'AB', 'laptop-1', 1700000000000)");
                st.execute("INSERT INTO participant(id, uuid, code, session_id, la_code, language, seed, started_at)"
                        + " VALUES (1, '" + PARTICIPANT + "', 'KX7-4P3', 1, 'W06000015', 'cy', 42, 1700000001000)");
                st.execute("INSERT INTO answer(participant_id, item, revision, value, language, answered_at)"
                        + " VALUES (1, 'v1', 1, '2', 'cy', 1700000002000), (1, 'v1', 2, '4', 'cy', 1700000003000)");
                st.execute("PRAGMA journal_mode = WAL");
            }
        }
        return file;
    }

    @Test
    void aVersion1StudyIsReadWithoutBeingChanged() throws Exception {
        Path file = version1Study();
        byte[] before = Files.readAllBytes(file);
        try (Study study = Study.openReadOnly(file)) {
            assertThat(study.currentAnswers(PARTICIPANT)).isEqualTo(Map.of("v1", "4"));
            assertThat(study.history(PARTICIPANT)).allMatch(r -> r.formSha256().equals(study.formSource().sha256()));
            assertThat(study.unfinished()).singleElement().satisfies(s -> assertThat(s.participant().seed())
                    .isEqualTo(42));
        }
        assertThat(Files.readAllBytes(file)).as("bytes of " + file).isEqualTo(before);
        assertThat(userVersion(file)).isEqualTo(1);
    }

    @Test
    void aVersion1StudyIsUpgradedWhenOpenedForWriting() throws Exception {
        Path file = version1Study();
        try (Study study = Study.open(file)) {
            study.saveAnswer(PARTICIPANT, "v1", "5", "en");
            assertThat(study.history(PARTICIPANT)).extracting(AnswerRevision::value).containsExactly("2", "4", "5");
            assertThat(study.history(PARTICIPANT)).allMatch(r -> r.formSha256().equals(study.formSource().sha256()));
            long s = study.startSession("W06000015", "CD").id();
            assertThat(study.sessions()).hasSize(2).last().satisfies(x -> assertThat(x.id()).isEqualTo(s));
        }
        assertThat(userVersion(file)).isEqualTo(StudySchema.CURRENT_VERSION);
        try (Connection c = StudyFileCheck.openReadOnly(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT uuid) FROM session")) {
            rs.next();
            assertThat(rs.getInt(2)).isEqualTo(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void aNewStudyHasTheCurrentSchemaAndConcordsApplicationId() throws Exception {
        Path file = dir.resolve("new.concord");
        StudyTest.newStudy(file).close();
        assertThat(userVersion(file)).isEqualTo(StudySchema.CURRENT_VERSION);
        try (Connection c = StudyFileCheck.openReadOnly(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA application_id")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(0x436F6E63);
        }
        try (Connection c = StudyFileCheck.openReadOnly(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = StudyFileCheck.openReadOnly(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
