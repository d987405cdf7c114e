package org.concord.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.concord.common.InputException;
import org.sqlite.SQLiteConfig;

/**
 * A reader's connection to a checked study, and the private temporary copy it reads when it cannot read the study in
 * place (older schema, or a write-ahead log that cannot be read in place: see {@link StudyFileCheck.ReadMode}).
 */
record ReadConnection(Connection connection, Path copy, String stamp) {
    /** Checks {@code file} and opens it for reading without creating or changing anything in its folder. */
    static ReadConnection open(Path file) {
        StudyFileCheck.ReadMode mode = StudyFileCheck.readMode(file);
        Path copy = null;
        try {
            if (mode == StudyFileCheck.ReadMode.PRIVATE_COPY) {
                StudyFileCheck.checkIsReadableFile(file);
                copy = UpgradedCopy.of(file);
            }
            Path source = copy == null ? file : copy;
            boolean immutable = mode == StudyFileCheck.ReadMode.IMMUTABLE;
            int version = StudyFileCheck.check(file, false, source, immutable);
            if (version < StudySchema.CURRENT_VERSION) {
                if (copy == null) {
                    copy = UpgradedCopy.of(file);
                }
                Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + copy);
                try {
                    StudySchema.migrate(c, version);
                } catch (SQLException e) {
                    c.close();
                    throw e;
                }
                return new ReadConnection(c, copy, null);
            }
            return new ReadConnection(StudyFileCheck.openReadOnly(source, immutable), copy,
                    immutable ? stamp(file) : null);
        } catch (SQLException | IOException e) {
            UpgradedCopy.delete(copy);
            throw InputException.ofFile(file.toString(), "could not be read: " + Study.message(e));
        } catch (RuntimeException e) {
            UpgradedCopy.delete(copy);
            throw e;
        }
    }

    /**
     * Throws when a study read as immutable (no program was writing to it) was changed while it was read: a program
     * opened it for writing meanwhile, so what was read may be inconsistent.
     */
    void checkUnchanged(Path file) {
        if (stamp != null && !stamp.equals(stamp(file))) {
            throw InputException.ofFile(file.toString(), "was changed by another program (the Concord app?) while it"
                    + " was being read; nothing was written; run the command again");
        }
    }

    /** Size, modification time and whether a write-ahead log exists: what changes when a program writes. */
    private static String stamp(Path file) {
        try {
            return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() + " "
                    + Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** Closes the connection and deletes the copy. */
    void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing was written
        }
        UpgradedCopy.delete(copy);
    }
}
