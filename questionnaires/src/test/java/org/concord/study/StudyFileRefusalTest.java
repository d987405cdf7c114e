package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import org.concord.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** Each kind of bad file gets a clear message, and the file is never modified. */
class StudyFileRefusalTest {
    @TempDir
    Path dir;

    /** The bytes and modification time of a file, to prove it was not touched. */
    record Snapshot(byte[] bytes, FileTime modified) {
        static Snapshot of(Path file) throws Exception {
            return new Snapshot(Files.readAllBytes(file), Files.getLastModifiedTime(file));
        }

        void assertUnchanged(Path file) throws Exception {
            assertThat(Files.readAllBytes(file)).as("content of " + file).isEqualTo(bytes);
            assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        }
    }

    private void assertRefused(Path file, String messagePart) throws Exception {
        Snapshot before = Snapshot.of(file);
        assertThatThrownBy(() -> Study.open(file)).isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(messagePart);
        before.assertUnchanged(file);
        assertThatThrownBy(() -> Study.openReadOnly(file)).isInstanceOf(InputException.class)
                .hasMessageContaining(messagePart);
        before.assertUnchanged(file);
        assertThat(StudyLock.lockFileOf(file)).doesNotExist();
    }

    private Path studyWithAnswers(String name, int answers) {
        Path file = dir.resolve(name);
        try (Study study = StudyTest.newStudy(file)) {
            UUID p = study.createParticipant(study.startSession("W06000015", "AB").id(), "en").id();
            for (int i = 0; i < answers; i++) {
                study.saveAnswer(p, "item" + i, "a fairly long answer to fill pages " + i, "en");
            }
        }
        return file;
    }

    @Test
    void aFileThatIsNotSqliteIsRefused() throws Exception {
        Path file = dir.resolve("notes.concord");
        Files.writeString(file, "participant_id,la_code,item,value\n1,W1,role,x\n".repeat(50));
        assertRefused(file, "is not a Concord study: it is not a SQLite database");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path file = dir.resolve("empty.concord");
        Files.createFile(file);
        assertRefused(file, "is empty");
    }

    @Test
    void aSqliteDatabaseThatIsNotAStudyIsRefused() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)");
            st.execute("INSERT INTO customers(name) VALUES ('Ann')");
        }
        assertRefused(file, "is a SQLite database but not a Concord study");
    }

    @Test
    void aTruncatedStudyIsRefused() throws Exception {
        Path file = studyWithAnswers("cut.concord", 300);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(8 * 4096);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(file, "is damaged: it is " + bytes.length / 2 + " bytes long but its header says "
                + bytes.length);
    }

    @Test
    void aStudyCutMidPageIsRefused() throws Exception {
        Path file = studyWithAnswers("midpage.concord", 50);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1000));
        assertRefused(file, "truncated");
    }

    @Test
    void aDamagedStudyIsRefused() throws Exception {
        Path file = studyWithAnswers("damaged.concord", 300);
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5A);
            raf.seek((size / 4096 / 2) * 4096);
            raf.write(garbage);
        }
        assertRefused(file, "is damaged");
    }

    @Test
    void aStudyFromANewerConcordIsRefused() throws Exception {
        Path file = studyWithAnswers("future.concord", 3);
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertRefused(file, "was written by a newer version of Concord (study schema 99; this version reads"
                + " schemas up to " + StudySchema.CURRENT_VERSION + "); update Concord");
    }

    @Test
    void aReadOnlyStudyCanBeReadButNotOpenedForWriting() throws Exception {
        Path file = studyWithAnswers("readonly.concord", 3);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Snapshot before = Snapshot.of(file);
        assertThatThrownBy(() -> Study.open(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("is read-only; it can be exported and merged but not written to");
        before.assertUnchanged(file);
        try (Study study = Study.openReadOnly(file)) {
            assertThat(study.responses()).hasSize(3);
        }
        before.assertUnchanged(file);
    }

    @Test
    void aFullDiskIsReportedAndEarlierAnswersStaySafe() throws Exception {
        Path file = dir.resolve("full.concord");
        UUID p;
        int saved = 0;
        try (Study study = StudyTest.newStudy(file)) {
            p = study.createParticipant(study.startSession("W06000015", "AB").id(), "en").id();
            study.saveAnswer(p, "first", "kept", "en");
            saved++;
            // SQLite's own SQLITE_FULL path: the file may not grow beyond its current pages, as on a full disk.
            try (Statement st = study.conn.createStatement()) {
                st.execute("PRAGMA max_page_count = " + pageCount(study));
            }
            StudyWriteException failure = null;
            for (int i = 0; i < 10_000 && failure == null; i++) {
                try {
                    study.saveAnswer(p, "item" + i, "x".repeat(500), "en");
                    saved++;
                } catch (StudyWriteException e) {
                    failure = e;
                }
            }
            assertThat(failure).isNotNull();
            assertThat(failure.getMessage()).contains(file.toString())
                    .contains("NOT saved: the disk is full").contains("Everything saved before is safe");
        }
        try (Study study = Study.open(file)) {
            assertThat(study.history(p)).hasSize(saved);
            assertThat(study.currentAnswers(p)).containsEntry("first", "kept");
        }
    }

    private static long pageCount(Study study) throws Exception {
        try (Statement st = study.conn.createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aMissingFileOrAFolderIsRefused() throws Exception {
        assertThatThrownBy(() -> Study.open(dir.resolve("nope.concord"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> Study.open(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("is not a file");
        assertThat(dir.resolve("nope.concord")).doesNotExist();
    }
}
