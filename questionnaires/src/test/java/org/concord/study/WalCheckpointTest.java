package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves never run a checkpoint themselves ({@code wal_autocheckpoint=0}); the background checkpointer keeps the
 * write-ahead log bounded under back-to-back saves, copies it all once saves pause, and truncates it on close.
 */
class WalCheckpointTest {
    private static final int SAVES = 2_000;
    private static final int CATCH_UP_FRAMES = 128;

    @TempDir
    Path dir;

    @AfterEach
    void restoreLimits() {
        WalCheckpointer.writesPerCheckpointForTests = WalCheckpointer.WRITES_PER_CHECKPOINT;
        WalCheckpointer.catchUpFramesForTests = WalCheckpointer.CATCH_UP_FRAMES;
    }

    @Test
    void walGrowthUnderBackToBackSavesIsBoundedAndTheLogIsTruncatedOnClose() throws Exception {
        // Lower limits, so that 2,000 saves (at least one log frame each) pass the catch-up limit several times.
        WalCheckpointer.writesPerCheckpointForTests = 10;
        WalCheckpointer.catchUpFramesForTests = CATCH_UP_FRAMES;
        Path file = dir.resolve("wal.concord");
        Path wal = file.resolveSibling("wal.concord-wal");
        Study reader = null;
        try (Study study = StudyTest.newStudy(file)) {
            assertThat(pragma(study, "wal_autocheckpoint")).as("no checkpoint inside a save").isZero();
            long pageSize = pragma(study, "page_size");
            long session = study.startSession("W06000015", "WL").id();
            UUID participant = null;
            long largestWal = 0;
            for (int i = 0; i < SAVES; i++) {
                if (i % 40 == 0) {
                    participant = study.createParticipant(session, "en").id();
                }
                study.saveAnswer(participant, "q" + i % 40, Integer.toString(i % 5 + 1), "en");
                largestWal = Math.max(largestWal, Files.size(wal));
            }
            long largestFrames = (largestWal - 32) / (pageSize + 24);
            // Without checkpoints the log would hold at least one frame per save (2,000+); the margin above the
            // catch-up limit allows for a checkpoint thread slowed down by a loaded machine.
            assertThat(largestFrames).as("largest WAL, in frames").isLessThan(8L * CATCH_UP_FRAMES);

            // Once saves pause, the idle checkpoint copies the whole log back into the database.
            long[] result = checkpointAfterSaves(study);
            assertThat(result[2]).as("frames copied of %d", result[1]).isEqualTo(result[1]);

            // A reader of another program keeps SQLite from deleting the log on close; it must still be emptied.
            reader = Study.openReadOnly(file);
            assertThat(reader.participantCounts()[0]).isEqualTo(SAVES / 40);
        }
        try {
            assertThat(wal).exists();
            assertThat(Files.size(wal)).as("WAL size after close").isZero();
            assertThat(reader.responses()).hasSize(SAVES);
        } finally {
            reader.close();
        }
        try (Study study = Study.open(file)) {
            assertThat(study.responses()).hasSize(SAVES);
        }
        assertThat(wal).doesNotExist(); // the last connection of a study checkpoints and deletes it
    }

    @Test
    void aSaveAfterTheBackgroundCheckpointStartsTheLogOver() throws Exception {
        Path file = dir.resolve("restart.concord");
        Path wal = file.resolveSibling("restart.concord-wal");
        try (Study study = StudyTest.newStudy(file)) {
            UUID p = study.createParticipant(study.startSession("W06000015", "WL").id(), "en").id();
            for (int i = 0; i < 50; i++) {
                study.saveAnswer(p, "q" + i, "x".repeat(2_000), "en");
            }
            long sizeAfterSaves = Files.size(wal);
            long[] result = checkpointAfterSaves(study);
            assertThat(result[1]).isPositive();
            assertThat(result[2]).isEqualTo(result[1]);
            // The log was copied in full, so fewer saves than before overwrite it from the start: the file keeps its
            // size instead of growing.
            for (int i = 0; i < 10; i++) {
                study.saveAnswer(p, "q" + i, "y".repeat(2_000), "en");
            }
            assertThat(Files.size(wal)).isEqualTo(sizeAfterSaves);
            assertThat(study.currentAnswers(p)).hasSize(50).containsEntry("q7", "y".repeat(2_000));
        }
    }

    /** Waits for a checkpoint that started after the last save (the second to complete from now) and returns it. */
    private static long[] checkpointAfterSaves(Study study) throws InterruptedException {
        long target = study.checkpointer().completed() + 2;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (study.checkpointer().completed() < target && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(study.checkpointer().completed()).as("checkpoints run").isGreaterThanOrEqualTo(target);
        return study.checkpointer().lastResult();
    }

    private static long pragma(Study study, String name) throws Exception {
        try (Statement st = study.conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
