package org.concord.study;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.concord.common.InputException;
import org.sqlite.SQLiteConfig;

/**
 * Checks that a file is a usable study before anything writes to it: the SQLite header is read by hand, then the file
 * is opened read-only. A file that is not SQLite, not a study, truncated, damaged or from a newer Concord is refused
 * with a message that says what to do, and is left exactly as it was.
 */
final class StudyFileCheck {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String RESTORE = "restore it from a backup copy or from the laptop it was collected on";

    private StudyFileCheck() {
    }

    /** How a reader opens a study without creating or changing anything in its folder. */
    enum ReadMode {
        /** A plain read-only connection: a write-ahead log and its index exist and the folder is writable. */
        IN_PLACE,
        /**
         * No write-ahead log (no program has the study open for writing): SQLite's {@code immutable=1}, which needs
         * and creates no other file (a plain read-only connection would leave {@code -wal} and {@code -shm} behind).
         */
        IMMUTABLE,
        /**
         * A write-ahead log without its {@code -shm} index (a copy made while Concord had the study open), or any log
         * in a read-only folder: SQLite would have to create or write the index next to the study (impossible in a
         * read-only folder), so the study and its log are read from a private temporary copy.
         */
        PRIVATE_COPY
    }

    /** How {@code file} can be read without touching its folder. */
    static ReadMode readMode(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        boolean folderWritable = dir != null && Files.isWritable(dir);
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        Path shm = file.resolveSibling(file.getFileName() + "-shm");
        if (!Files.exists(wal)) {
            return ReadMode.IMMUTABLE;
        }
        return folderWritable && Files.exists(shm) && Files.isWritable(shm) ? ReadMode.IN_PLACE
                : ReadMode.PRIVATE_COPY;
    }

    /** Checks {@code file} and returns its schema version; throws {@link InputException} when it is not usable. */
    static int check(Path file, boolean forWriting) {
        return check(file, forWriting, file, false);
    }

    /**
     * Checks {@code file}, reading its content from {@code readFrom} (the file itself or a private copy of it, opened
     * with {@code immutable=1} when asked), and returns its schema version.
     */
    static int check(Path file, boolean forWriting, Path readFrom, boolean immutable) {
        String name = file.toString();
        checkIsReadableFile(file);
        if (forWriting && isReadOnly(file)) {
            throw InputException.ofFile(name, "is read-only; it can be exported and merged but not written to."
                    + " To collect more answers in it, copy it to a writable folder or make it writable");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (forWriting && (dir == null || !Files.isWritable(dir))) {
            throw InputException.ofFile(name, "is in a read-only folder; it can be exported and merged but not"
                    + " written to. To collect more answers in it, copy it to a writable folder");
        }
        checkHeader(readFrom, name);
        try (Connection c = openReadOnly(readFrom, immutable); Statement st = c.createStatement()) {
            int applicationId = intPragma(st, "application_id");
            int version = intPragma(st, "user_version");
            if (applicationId != StudySchema.APPLICATION_ID) {
                throw InputException.ofFile(name, "is a SQLite database but not a Concord study;"
                        + " choose a .concord file made by Concord");
            }
            if (version > StudySchema.CURRENT_VERSION) {
                throw InputException.ofFile(name, "was written by a newer version of Concord (study schema "
                        + version + "; this version reads schemas up to " + StudySchema.CURRENT_VERSION
                        + "); update Concord to open it");
            }
            if (version < 1) {
                throw InputException.ofFile(name, "is damaged: it is marked as a Concord study but has no schema"
                        + " version; " + RESTORE);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no result";
                if (!"ok".equals(result)) {
                    throw InputException.ofFile(name, "is damaged (SQLite check: " + result + "); " + RESTORE);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT f.text, f.sha256 FROM form f JOIN meta m"
                    + " ON m.key = 'form_sha256' AND m.value = f.sha256")) {
                if (!rs.next()) {
                    throw InputException.ofFile(name, "is damaged: its form is missing; " + RESTORE);
                }
                if (!Sha256.hex(rs.getString(1)).equals(rs.getString(2))) {
                    throw InputException.ofFile(name, "is damaged: its stored form does not match its SHA-256; "
                            + RESTORE);
                }
            }
            return version;
        } catch (SQLException e) {
            throw InputException.ofFile(name, "is damaged or not a Concord study (SQLite: " + sqliteMessage(e)
                    + "); " + RESTORE);
        }
    }

    /** Throws {@link InputException} unless {@code file} is an existing, readable regular file. */
    static void checkIsReadableFile(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw InputException.ofFile(name, "no such file; check the name and folder");
        }
        if (!Files.isRegularFile(file)) {
            throw InputException.ofFile(name, "is not a file (a folder?); choose a .concord study file");
        }
        if (!Files.isReadable(file)) {
            throw InputException.ofFile(name, "cannot be read (permissions); ask the owner to let you read it");
        }
    }

    /** A read-only connection that never writes to the file. */
    static Connection openReadOnly(Path file) throws SQLException {
        return openReadOnly(file, false);
    }

    /**
     * A read-only connection that never writes to the file; with {@code immutable}, one that also takes no locks and
     * needs no {@code -wal} or {@code -shm} file (for a study without a log in a read-only folder).
     */
    static Connection openReadOnly(Path file, boolean immutable) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        String url = immutable ? file.toAbsolutePath().toUri() + "?immutable=1" : file.toAbsolutePath().toString();
        return config.createConnection("jdbc:sqlite:" + url);
    }

    /** True when the file may not be written: no write permission, or no write bit at all (even for root). */
    static boolean isReadOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return !perms.contains(PosixFilePermission.OWNER_WRITE) && !perms.contains(PosixFilePermission.GROUP_WRITE)
                    && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** SQLite's message without the JDBC driver's decoration. */
    static String sqliteMessage(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }

    private static void checkHeader(Path file, String name) {
        byte[] header = new byte[100];
        long size;
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw InputException.ofFile(name, "cannot be read: " + e.getMessage());
        }
        if (size == 0) {
            throw InputException.ofFile(name, "is empty (0 bytes), not a Concord study; " + RESTORE);
        }
        for (int i = 0; i < SQLITE_MAGIC.length; i++) {
            if (i >= read || header[i] != SQLITE_MAGIC[i]) {
                throw InputException.ofFile(name, "is not a Concord study: it is not a SQLite database"
                        + " (a .concord file made by Concord starts with 'SQLite format 3')");
            }
        }
        if (read < 100) {
            throw InputException.ofFile(name, "is damaged: it is cut off after " + size + " bytes; " + RESTORE);
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        if (pageSize == 1) {
            pageSize = 65536;
        }
        long pages = Integer.toUnsignedLong(b.getInt(28));
        boolean pageCountValid = b.getInt(24) == b.getInt(92) && pages > 0;
        boolean pageSizeOk = pageSize >= 512 && Integer.bitCount(pageSize) == 1;
        if (!pageSizeOk || size % pageSize != 0 || (pageCountValid && size < pages * pageSize)) {
            throw InputException.ofFile(name, "is damaged: it is " + size + " bytes long"
                    + (pageCountValid && pageSizeOk ? " but its header says " + pages * pageSize : "")
                    + " (truncated, perhaps by an interrupted copy); " + RESTORE);
        }
    }

    private static int intPragma(Statement st, String pragma) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
