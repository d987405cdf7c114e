package org.concord.study;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.FormSource;
import org.concord.forms.Question;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The SQL of a study file, one statement per method, for {@link Study} and {@link StudyMerger}. */
final class StudySql {
    /** The current revision of every answer: SQLite takes bare columns from the row holding the MAX. */
    static final String CURRENT_ANSWERS = "SELECT participant_id, item, value, language, answered_at, MAX(revision)"
            + " FROM answer";

    private StudySql() {
    }

    /** Writes a new study file in one transaction (rollback journal), then switches it to WAL. */
    static void build(Path file, FormSource source, List<LocalAuthority> las, AdminPin pin) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                StudySchema.apply(st, 0, StudySchema.CURRENT_VERSION);
            }
            long now = System.currentTimeMillis();
            insertForm(c, source, now);
            putMeta(c, "form_sha256", source.sha256());
            putMeta(c, "created_at", Instant.ofEpochMilli(now).toString());
            putMeta(c, "created_on", StudyLock.host());
            putMeta(c, "pin_salt", pin.salt());
            putMeta(c, "pin_hash", pin.hash());
            putMeta(c, "pin_iterations", Integer.toString(pin.iterations()));
            replaceLas(c, las);
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
        }
    }

    /** The writer's connection: WAL, {@code synchronous=FULL}, foreign keys, no checkpoint inside a commit. */
    static Connection openWriter(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement st = c.createStatement()) {
            // Checkpoints run on WalCheckpointer's thread, never inside a save.
            st.execute("PRAGMA wal_autocheckpoint = 0");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    static long insertForm(Connection c, FormSource source, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO form(sha256, text, stored_at) VALUES (?, ?, ?) ON CONFLICT(sha256) DO NOTHING")) {
            ps.setString(1, source.sha256());
            ps.setString(2, source.text());
            ps.setLong(3, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM form WHERE sha256 = ?")) {
            ps.setString(1, source.sha256());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    static List<FormSource> formSources(Connection c) throws SQLException {
        List<FormSource> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT text, sha256 FROM form ORDER BY id")) {
            while (rs.next()) {
                out.add(new FormSource(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    static void putMeta(Connection c, String key, String value) throws SQLException {
        update(c, "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                key, value);
    }

    static Map<String, String> meta(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM meta")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    static void replaceLas(Connection c, List<LocalAuthority> las) throws SQLException {
        Set<String> codes = new LinkedHashSet<>();
        for (LocalAuthority la : las) {
            if (la.code() == null || la.code().isBlank()) {
                throw new IllegalArgumentException("an LA needs a code");
            }
            if (!codes.add(la.code())) {
                throw new IllegalArgumentException("LA code " + la.code() + " is in the list twice");
            }
        }
        for (String used : lasInUse(c)) {
            if (!codes.contains(used)) {
                throw new IllegalArgumentException("LA " + used
                        + " has fieldwork sessions and cannot be removed from the list");
            }
        }
        update(c, "DELETE FROM la");
        int position = 0;
        for (LocalAuthority la : las) {
            update(c, "INSERT INTO la(code, name, position) VALUES (?, ?, ?)", la.code(),
                    la.name() == null ? "" : la.name(), position++);
        }
    }

    /** The codes of the LAs that a session or a participant refers to. */
    static Set<String> lasInUse(Connection c) throws SQLException {
        Set<String> used = new LinkedHashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT la_code FROM session UNION SELECT la_code FROM participant")) {
            while (rs.next()) {
                used.add(rs.getString(1));
            }
        }
        return used;
    }

    static List<LocalAuthority> las(Connection c) throws SQLException {
        List<LocalAuthority> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT code, name FROM la ORDER BY position")) {
            while (rs.next()) {
                out.add(new LocalAuthority(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    static long insertSession(Connection c, String uuid, String laCode, String researcher, String device,
                              long startedAt, Long endedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO session(uuid, la_code, researcher, device,"
                + " started_at, ended_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, uuid, laCode, researcher, device, startedAt, endedAt);
            ps.executeUpdate();
            return lastRowId(c);
        }
    }

    static List<FieldworkSession> sessions(Connection c) throws SQLException {
        List<FieldworkSession> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, la_code, researcher, device, started_at, ended_at FROM session ORDER BY id")) {
            while (rs.next()) {
                out.add(new FieldworkSession(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs, 5), instant(rs, 6)));
            }
        }
        return out;
    }

    static boolean codeExists(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM participant WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static long insertParticipant(Connection c, String uuid, String code, long sessionId, String laCode,
                                  String language, long seed, long startedAt, Long completedAt, long formId)
            throws SQLException {
        update(c, "INSERT INTO participant(uuid, code, session_id, la_code, language, seed, started_at,"
                + " completed_at, form_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", uuid, code, sessionId, laCode,
                language, seed, startedAt, completedAt, formId);
        return lastRowId(c);
    }

    static Long participantId(Connection c, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM participant WHERE uuid = ?")) {
            ps.setString(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    static Map<String, String> currentAnswers(Connection c, long participantId) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(CURRENT_ANSWERS
                + " WHERE participant_id = ? GROUP BY item ORDER BY item")) {
            ps.setLong(1, participantId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(3) != null) {
                        out.put(rs.getString(2), rs.getString(3));
                    }
                }
            }
        }
        return out;
    }

    static List<AnswerRevision> history(Connection c, long participantId) throws SQLException {
        List<AnswerRevision> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.item, a.revision, a.value, a.language,"
                + " a.answered_at, f.sha256 FROM answer a LEFT JOIN form f ON f.id = a.form_id"
                + " WHERE a.participant_id = ? ORDER BY a.item, a.revision")) {
            ps.setLong(1, participantId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AnswerRevision(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            instant(rs, 5), rs.getString(6)));
                }
            }
        }
        return out;
    }

    static List<ParadataEvent> paradata(Connection c, long participantId) throws SQLException {
        List<ParadataEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT event, detail, at FROM paradata WHERE participant_id = ? ORDER BY at, id")) {
            ps.setLong(1, participantId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ParadataEvent(rs.getString(1), rs.getString(2), instant(rs, 3)));
                }
            }
        }
        return out;
    }

    static List<ParticipantState> unfinished(Connection c) throws SQLException {
        List<ParticipantState> out = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT p.id, p.uuid, p.code,"
                + " p.session_id, p.la_code, p.language, p.seed, p.started_at, (SELECT d.detail FROM paradata d"
                + " WHERE d.participant_id = p.id AND d.event = 'page_shown' ORDER BY d.id DESC LIMIT 1)"
                + " FROM participant p WHERE p.completed_at IS NULL ORDER BY p.started_at, p.id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                rows.add(new Object[] {new Participant(UUID.fromString(rs.getString(2)), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getString(6), rs.getLong(7)), instant(rs, 8),
                        rs.getString(9)});
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            Object[] row = rows.get(i);
            out.add(new ParticipantState((Participant) row[0], (Instant) row[1], (String) row[2],
                    currentAnswers(c, ids.get(i))));
        }
        return out;
    }

    /** Role answer value to role group, from the form's {@code role} question and its choices' {@code role_group}. */
    static Map<String, String> roleGroups(Form form) {
        Map<String, String> groups = new HashMap<>();
        Question role = form.roleQuestion().orElse(null);
        if (role != null) {
            form.choicesOf(role).ifPresent(list -> {
                for (Choice choice : list.choices()) {
                    if (choice.roleGroup() != null) {
                        groups.put(choice.name(), choice.roleGroup());
                    }
                }
            });
        }
        return groups;
    }

    static List<ProgressRow> progress(Connection c, List<LocalAuthority> las, Map<String, String> roleGroups)
            throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        for (LocalAuthority la : las) {
            names.put(la.code(), la.name());
        }
        // la -> group -> {started, completed}
        Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
        for (String code : names.keySet()) {
            Map<String, int[]> byGroup = new LinkedHashMap<>();
            byGroup.put("leader", new int[2]);
            byGroup.put("worker", new int[2]);
            counts.put(code, byGroup);
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT p.la_code,"
                + " p.completed_at IS NOT NULL, (SELECT a.value FROM answer a WHERE a.participant_id = p.id"
                + " AND a.item = 'role' ORDER BY a.revision DESC LIMIT 1) FROM participant p ORDER BY p.id")) {
            while (rs.next()) {
                String group = roleGroups.getOrDefault(rs.getString(3) == null ? "" : rs.getString(3), "unknown");
                Map<String, int[]> byGroup = counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>());
                int[] n = byGroup.computeIfAbsent(group, k -> new int[2]);
                n[0]++;
                if (rs.getBoolean(2)) {
                    n[1]++;
                }
            }
        }
        List<ProgressRow> out = new ArrayList<>();
        counts.forEach((la, byGroup) -> byGroup.forEach((group, n) ->
                out.add(new ProgressRow(la, names.get(la), group, n[0], n[1]))));
        return out;
    }

    static void forEachParticipant(Connection c, boolean completedOnly, Consumer<ParticipantAnswers> consumer)
            throws SQLException {
        String where = completedOnly ? " WHERE p.completed_at IS NOT NULL" : "";
        // Two cursors walked in step, both in participant id order: memory holds one participant at a time.
        try (Statement ps = c.createStatement(); Statement as = c.createStatement();
             ResultSet p = ps.executeQuery("SELECT p.id, p.uuid, p.code, p.session_id, p.la_code, p.language,"
                     + " p.seed, p.started_at, p.completed_at, l.name FROM participant p LEFT JOIN la l"
                     + " ON l.code = p.la_code" + where + " ORDER BY p.id");
             // Every revision in key order (one ordered scan of the clustered table); the last one of each item wins.
             ResultSet a = as.executeQuery("SELECT participant_id, item, value, language, answered_at FROM answer"
                     + " ORDER BY participant_id, item, revision")) {
            boolean more = a.next();
            long answerOf = more ? a.getLong(1) : Long.MAX_VALUE; // read once per row: each read crosses JNI
            while (p.next()) {
                long id = p.getLong(1);
                UUID uuid = UUID.fromString(p.getString(2));
                String la = p.getString(5);
                String laName = p.getString(10);
                List<ResponseRow> answers = new ArrayList<>();
                while (answerOf < id) {
                    more = a.next();
                    answerOf = more ? a.getLong(1) : Long.MAX_VALUE;
                }
                String previous = null;
                while (answerOf == id) {
                    String item = a.getString(2);
                    ResponseRow row = new ResponseRow(uuid, la, laName, item, a.getString(3), instant(a, 5),
                            a.getString(4));
                    if (item.equals(previous)) {
                        answers.set(answers.size() - 1, row);
                    } else {
                        answers.add(row);
                    }
                    previous = item;
                    more = a.next();
                    answerOf = more ? a.getLong(1) : Long.MAX_VALUE;
                }
                consumer.accept(new ParticipantAnswers(new Participant(uuid, p.getString(3), p.getLong(4), la,
                        p.getString(6), p.getLong(7)), laName, instant(p, 8), instant(p, 9), answers));
            }
        }
    }

    static List<String> answeredItems(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT DISTINCT item FROM answer ORDER BY item")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static int[] counts(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*), COUNT(completed_at) FROM participant")) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (arg instanceof Long || arg instanceof Integer) {
                ps.setLong(i + 1, ((Number) arg).longValue());
            } else {
                ps.setString(i + 1, arg.toString());
            }
        }
    }

    static long lastRowId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** A failed write as a message that says nothing was saved and what to do. */
    static StudyWriteException writeFailure(Path file, SQLException e) {
        String reason;
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        if (code == SQLiteErrorCode.SQLITE_FULL) {
            reason = "the disk is full: free some space (or move the study to a disk with space) and try again";
        } else if (code != null && code.name().startsWith("SQLITE_READONLY")) {
            reason = "the study or its disk is read-only: copy it to a writable folder";
        } else if (code != null && code.name().startsWith("SQLITE_IOERR")) {
            reason = "the disk could not be written (removed or failing drive?): " + Study.message(e);
        } else {
            reason = Study.message(e);
        }
        return new StudyWriteException(file.toString(), "NOT saved: " + reason
                + ". Everything saved before is safe.", e);
    }
}
