package org.concord.study;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of a study file and the migrations between schema versions. A new file is made by running every
 * migration from version 0, so the upgrade path of old files is the path every file takes.
 *
 * <p>Identification: {@code PRAGMA application_id} = {@link #APPLICATION_ID} ("Conc"); the schema version is
 * {@code PRAGMA user_version}. Times are milliseconds since the epoch (UTC).
 */
final class StudySchema {
    /** {@code PRAGMA application_id} of a Concord study: the bytes "Conc". */
    static final int APPLICATION_ID = 0x436F6E63;
    /** The schema version this build writes; files with a higher version are refused. */
    static final int CURRENT_VERSION = 3;

    /** {@code MIGRATIONS.get(v)} upgrades a file from version {@code v} to {@code v + 1}. */
    private static final List<List<String>> MIGRATIONS = List.of(
            // 0 -> 1: the first study file.
            List.of(
                    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "CREATE TABLE form(id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, text TEXT NOT NULL,"
                            + " stored_at INTEGER NOT NULL)",
                    "CREATE TABLE la(code TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL)",
                    "CREATE TABLE session(id INTEGER PRIMARY KEY, la_code TEXT NOT NULL, researcher TEXT NOT NULL,"
                            + " device TEXT NOT NULL, started_at INTEGER NOT NULL, ended_at INTEGER)",
                    "CREATE TABLE participant(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, code TEXT NOT NULL,"
                            + " session_id INTEGER NOT NULL REFERENCES session(id), la_code TEXT NOT NULL,"
                            + " language TEXT NOT NULL, seed INTEGER NOT NULL, started_at INTEGER NOT NULL,"
                            + " completed_at INTEGER)",
                    "CREATE INDEX participant_code ON participant(code)",
                    // Append-only history: the current answer is the highest revision of (participant, item).
                    // Clustered by (participant, item, revision): reading current answers is one ordered scan.
                    "CREATE TABLE answer(participant_id INTEGER NOT NULL REFERENCES participant(id),"
                            + " item TEXT NOT NULL, revision INTEGER NOT NULL, value TEXT, language TEXT,"
                            + " answered_at INTEGER NOT NULL, PRIMARY KEY(participant_id, item, revision))"
                            + " WITHOUT ROWID",
                    "CREATE TABLE paradata(id INTEGER PRIMARY KEY,"
                            + " participant_id INTEGER NOT NULL REFERENCES participant(id), event TEXT NOT NULL,"
                            + " detail TEXT, at INTEGER NOT NULL)",
                    "CREATE INDEX paradata_participant ON paradata(participant_id, event, id)"),
            // 1 -> 2: merged studies may hold data of several form versions; sessions get a global identity for
            // merging; merge conflicts are kept in the file.
            List.of(
                    "ALTER TABLE participant ADD COLUMN form_id INTEGER REFERENCES form(id)",
                    "ALTER TABLE answer ADD COLUMN form_id INTEGER REFERENCES form(id)",
                    "UPDATE participant SET form_id = (SELECT f.id FROM form f JOIN meta m"
                            + " ON m.key = 'form_sha256' AND m.value = f.sha256)",
                    "UPDATE answer SET form_id = (SELECT f.id FROM form f JOIN meta m"
                            + " ON m.key = 'form_sha256' AND m.value = f.sha256)",
                    "ALTER TABLE session ADD COLUMN uuid TEXT",
                    "UPDATE session SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'"
                            + " || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-'"
                            + " || hex(randomblob(6)))",
                    "CREATE UNIQUE INDEX session_uuid ON session(uuid)",
                    "CREATE TABLE merge_conflict(id INTEGER PRIMARY KEY, participant_uuid TEXT NOT NULL,"
                            + " item TEXT, revision INTEGER, kept TEXT, other TEXT, other_file TEXT NOT NULL,"
                            + " merged_at INTEGER NOT NULL)"),
            // 2 -> 3: a study UUID that identifies the study on a server (laptops with copies of one study share it),
            // and the record of what has been sent to which server (see SyncLedger).
            List.of(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES ('study_uuid', lower(hex(randomblob(4)) || '-'"
                            + " || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a'"
                            + " || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))",
                    "CREATE TABLE sync_participant(server TEXT NOT NULL, participant_id INTEGER NOT NULL,"
                            + " answers INTEGER NOT NULL, paradata INTEGER NOT NULL, completed_at INTEGER,"
                            + " PRIMARY KEY(server, participant_id)) WITHOUT ROWID",
                    "CREATE TABLE sync_session(server TEXT NOT NULL, session_id INTEGER NOT NULL, ended_at INTEGER,"
                            + " PRIMARY KEY(server, session_id)) WITHOUT ROWID",
                    "CREATE TABLE sync_server(server TEXT PRIMARY KEY, address TEXT NOT NULL,"
                            + " conflicts_sent INTEGER NOT NULL, last_sync_at INTEGER)"));

    private StudySchema() {
    }

    /** Runs the migrations from {@code fromVersion} to {@link #CURRENT_VERSION} in one transaction. */
    static void migrate(Connection connection, int fromVersion) throws SQLException {
        migrate(connection, fromVersion, CURRENT_VERSION);
    }

    /** Runs the migrations inside the caller's transaction and sets the identification and version pragmas. */
    static void apply(Statement st, int fromVersion, int toVersion) throws SQLException {
        for (int v = fromVersion; v < toVersion; v++) {
            for (String sql : MIGRATIONS.get(v)) {
                st.execute(sql);
            }
        }
        st.execute("PRAGMA application_id = " + APPLICATION_ID);
        st.execute("PRAGMA user_version = " + toVersion);
    }

    /** Runs the migrations from {@code fromVersion} to {@code toVersion} in one transaction (tests build old files). */
    static void migrate(Connection connection, int fromVersion, int toVersion) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            apply(st, fromVersion, toVersion);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
