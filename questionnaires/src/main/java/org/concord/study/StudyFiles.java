package org.concord.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.common.InputException;

/** The files that belong to a study file: SQLite's log, index and journal, and Concord's lock. */
public final class StudyFiles {
    private StudyFiles() {
    }

    /**
     * Deletes an existing study and its companion files so that a new one can take its name (a command given
     * {@code --force}); refuses with {@link StudyInUseException} while a program has it open for writing.
     */
    public static void delete(Path study) {
        try (StudyLock lock = StudyLock.acquire(study)) {
            deleteCompanions(study);
            Files.deleteIfExists(study);
        } catch (IOException e) {
            throw InputException.ofFile(study.toString(), "could not be replaced (" + e.getMessage() + "); delete it"
                    + " yourself or choose another name");
        }
    }

    /** Deletes the companion files of {@code study} (not the study itself, nor the lock file of a live holder). */
    static void deleteCompanions(Path study) {
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(study.resolveSibling(study.getFileName() + suffix));
            } catch (IOException e) {
                // reported by whatever then fails to use the study
            }
        }
    }
}
