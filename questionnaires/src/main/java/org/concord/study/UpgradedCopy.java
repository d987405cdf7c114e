package org.concord.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * A private temporary copy of a study, for reading it without changing anything next to it: a study with an older
 * schema (the copy is upgraded), or one whose write-ahead log cannot be read in place (see
 * {@link StudyFileCheck.ReadMode#PRIVATE_COPY}). The original is left alone.
 */
final class UpgradedCopy {
    private UpgradedCopy() {
    }

    /** Copies the study (and its write-ahead log, if any) into a new temporary folder; returns the copy. */
    static Path of(Path file) throws IOException {
        Path dir = Files.createTempDirectory("concord-read");
        Path copy = dir.resolve("study.concord");
        Files.copy(file, copy);
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.exists(wal)) {
            Files.copy(wal, copy.resolveSibling("study.concord-wal"));
        }
        return copy;
    }

    /** Deletes the temporary folder of a copy; null is ignored. */
    static void delete(Path copy) {
        if (copy == null) {
            return;
        }
        try (var paths = Files.walk(copy.getParent())) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary copy left in the temp folder is harmless
        }
    }
}
