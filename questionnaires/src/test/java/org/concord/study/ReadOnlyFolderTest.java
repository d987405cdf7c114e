package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.concord.common.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * A study on a read-only medium or share (a CD, a locked USB stick, a folder the user may only read) can be read, and
 * nothing in its folder is created or changed: SQLite cannot make the {@code -shm} index of a write-ahead log there.
 */
class ReadOnlyFolderTest {
    @TempDir
    Path dir;

    private Path lockedFolder;

    @AfterEach
    void unlock() throws Exception {
        if (lockedFolder != null) {
            new ProcessBuilder("chattr", "-i", lockedFolder.toString()).start().waitFor();
            Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aStudyWithItsWalButNoShmInAReadOnlyFolderIsReadWithEveryAnswer() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("share"));
        Path file = folder.resolve("copied.concord");
        UUID p = copiedWhileOpen(file);
        assertThat(file.resolveSibling("copied.concord-wal")).exists();
        assertThat(file.resolveSibling("copied.concord-shm")).doesNotExist();
        makeReadOnly(folder);
        Map<String, String> before = contents(folder);

        try (Study study = Study.openReadOnly(file)) {
            // The last answer is only in the write-ahead log.
            assertThat(study.currentAnswers(p)).containsEntry("q1", "in the database")
                    .containsEntry("q2", "only in the log");
            assertThat(study.responses()).hasSize(2);
        }
        assertThat(contents(folder)).isEqualTo(before);
        assertThatThrownBy(() -> Study.open(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("read-only");
        assertThat(contents(folder)).isEqualTo(before);
    }

    @Test
    void aStudyWithItsWalButNoShmInAWritableFolderIsReadWithoutCreatingFilesThere() throws Exception {
        Path file = dir.resolve("copied.concord");
        UUID p = copiedWhileOpen(file);
        Map<String, String> before = contents(dir);
        try (Study study = Study.openReadOnly(file)) {
            assertThat(study.currentAnswers(p)).containsEntry("q2", "only in the log");
        }
        assertThat(contents(dir)).isEqualTo(before);
    }

    @Test
    void aClosedStudyInAReadOnlyFolderIsRead() throws Exception {
        // A name that must be escaped in the URI that immutable=1 needs.
        Path folder = Files.createDirectory(dir.resolve("CD Gŵyl #1 100%"));
        Path file = folder.resolve("closed.concord");
        UUID p;
        try (Study study = StudyTest.newStudy(file)) {
            p = study.createParticipant(study.startSession("W06000015", "RO").id(), "en").id();
            study.saveAnswer(p, "q1", "kept", "en");
        }
        assertThat(file.resolveSibling("closed.concord-wal")).doesNotExist();
        makeReadOnly(folder);
        Map<String, String> before = contents(folder);
        try (Study study = Study.openReadOnly(file)) {
            assertThat(study.currentAnswers(p)).containsEntry("q1", "kept");
        }
        assertThat(contents(folder)).isEqualTo(before);
    }

    /**
     * Copies a study as a copy made while Concord had it open looks: the database file and its write-ahead log
     * (holding the answer {@code q2}), without the {@code -shm} index.
     */
    private UUID copiedWhileOpen(Path target) throws Exception {
        Path original = dir.resolve("original.concord");
        UUID p;
        try (Study study = StudyTest.newStudy(original)) {
            p = study.createParticipant(study.startSession("W06000015", "RO").id(), "en").id();
            study.saveAnswer(p, "q1", "in the database", "en");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        try (Connection c = config.createConnection("jdbc:sqlite:" + original); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.execute("INSERT INTO answer(participant_id, item, revision, value, language, answered_at, form_id)"
                    + " SELECT id, 'q2', 1, 'only in the log', 'en', 0, form_id FROM participant");
            Files.copy(original, target);
            Files.copy(original.resolveSibling("original.concord-wal"), target.resolveSibling(target.getFileName()
                    + "-wal"));
        }
        return p;
    }

    /** Makes a folder read-only: its permissions, and when that is not enough (root) the immutable attribute. */
    private void makeReadOnly(Path folder) throws Exception {
        lockedFolder = folder;
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(folder)) {
            try {
                new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start().waitFor();
            } catch (IOException e) {
                // no chattr: the assumption below skips the test
            }
        }
        assumeTrue(!Files.isWritable(folder), "cannot make a read-only folder here (root without chattr +i)");
        Path probe = folder.resolve("probe");
        assertThatThrownBy(() -> Files.createFile(probe)).isInstanceOf(IOException.class);
    }

    /** Every file of a folder with its size and modification time. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.size(f) + " " + Files.getLastModifiedTime(f) + " "
                        + Sha256.hex(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)));
            }
        }
        return out;
    }
}
