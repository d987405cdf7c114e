package org.concord.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.concord.common.InputException;
import org.concord.study.SyncRows.AnswerRow;
import org.concord.study.SyncRows.Batch;
import org.concord.study.SyncRows.ConflictRow;
import org.concord.study.SyncRows.Marks;
import org.concord.study.SyncRows.ParadataRow;
import org.concord.study.SyncRows.ParticipantRow;
import org.concord.study.SyncRows.SessionRow;

/**
 * The record, kept in the study file, of what has been sent to which server (a server is known by the id it gives
 * itself), and the reading of what has not. A participant is sent again when it has gained answers or paradata or has
 * been completed since; a session when it has ended since. The ledger is written only after the server has committed
 * a batch, so a sync that stops at any moment sends at most that batch again, which the server then keeps once.
 */
public final class SyncLedger {
    private SyncLedger() {
    }

    /** What is still to be sent to a server. */
    public record Pending(List<Long> participantIds, List<SessionRow> sessions, List<Long> sessionIds,
                          List<ConflictRow> conflicts, long lastConflictId) {
        public Pending {
            participantIds = List.copyOf(participantIds);
            sessions = List.copyOf(sessions);
            sessionIds = List.copyOf(sessionIds);
            conflicts = List.copyOf(conflicts);
        }

        /** True when nothing is left to send. */
        public boolean isEmpty() {
            return participantIds.isEmpty() && sessions.isEmpty() && conflicts.isEmpty();
        }
    }

    /** The study's UUID, which identifies it on a server (given when created, or on first opening for writing). */
    public static String studyId(Study study) {
        synchronized (study) {
            String id = query(study, () -> StudySql.meta(study.conn).get("study_uuid"));
            if (id == null) {
                throw InputException.ofFile(study.file().toString(), "has no study UUID yet; open it for writing"
                        + " once (e.g. with concord sync) to give it one");
            }
            return id;
        }
    }

    /**
     * Everything not yet sent to {@code serverId} (with {@code all}, everything, whatever the ledger says): the
     * participants by local id in the order they were created, the sessions and the merge conflicts.
     */
    public static Pending pending(Study study, String serverId, boolean all) {
        synchronized (study) {
            return query(study, () -> {
                Connection c = study.conn;
                List<Long> participants = new ArrayList<>();
                for (Object[] r : StudyMerger.rows(c, "SELECT p.id FROM participant p LEFT JOIN sync_participant s"
                        + " ON s.server = ? AND s.participant_id = p.id"
                        + " LEFT JOIN (SELECT participant_id, COUNT(*) AS n FROM answer GROUP BY participant_id) a"
                        + " ON a.participant_id = p.id"
                        + " LEFT JOIN (SELECT participant_id, MAX(id) AS m FROM paradata GROUP BY participant_id) d"
                        + " ON d.participant_id = p.id WHERE ? OR s.participant_id IS NULL"
                        + " OR s.answers <> COALESCE(a.n, 0) OR s.paradata <> COALESCE(d.m, 0)"
                        + " OR s.completed_at IS NOT p.completed_at ORDER BY p.id", serverId, all ? 1L : 0L)) {
                    participants.add((Long) r[0]);
                }
                List<SessionRow> sessions = new ArrayList<>();
                List<Long> sessionIds = new ArrayList<>();
                for (Object[] r : StudyMerger.rows(c, "SELECT s.id, s.uuid, s.la_code, s.researcher, s.device,"
                        + " s.started_at, s.ended_at FROM session s LEFT JOIN sync_session x ON x.server = ?"
                        + " AND x.session_id = s.id WHERE ? OR x.session_id IS NULL OR x.ended_at IS NOT s.ended_at"
                        + " ORDER BY s.id", serverId, all ? 1L : 0L)) {
                    sessionIds.add((Long) r[0]);
                    sessions.add(new SessionRow((String) r[1], (String) r[2], (String) r[3], (String) r[4],
                            (Long) r[5], (Long) r[6]));
                }
                List<ConflictRow> conflicts = new ArrayList<>();
                long last = -1;
                for (Object[] r : StudyMerger.rows(c, "SELECT id, participant_uuid, item, revision, kept, other,"
                        + " other_file, merged_at FROM merge_conflict WHERE ? OR id > COALESCE((SELECT"
                        + " conflicts_sent FROM sync_server WHERE server = ?), 0) ORDER BY id", all ? 1L : 0L,
                        serverId)) {
                    last = (Long) r[0];
                    conflicts.add(new ConflictRow((String) r[1], (String) r[2],
                            r[3] == null ? null : ((Long) r[3]).intValue(), (String) r[4], (String) r[5],
                            (String) r[6], (Long) r[7]));
                }
                return new Pending(participants, sessions, sessionIds, conflicts, last);
            });
        }
    }

    /** A batch of the sessions still to send (and nothing else). */
    public static Batch sessionBatch(Pending pending) {
        List<long[]> marks = new ArrayList<>();
        for (int i = 0; i < pending.sessions().size(); i++) {
            Long ended = pending.sessions().get(i).endedAt();
            marks.add(new long[] {pending.sessionIds().get(i), ended == null ? -1 : ended});
        }
        return new Batch(pending.sessions(), List.of(), List.of(), List.of(), List.of(),
                new Marks(List.of(), marks, -1));
    }

    /** A batch of the merge conflicts still to send (and nothing else). */
    public static Batch conflictBatch(Pending pending) {
        return new Batch(List.of(), List.of(), List.of(), List.of(), pending.conflicts(),
                new Marks(List.of(), List.of(), pending.lastConflictId()));
    }

    /** Reads the participants with these local ids, every revision of their answers and their paradata. */
    public static Batch participantBatch(Study study, List<Long> ids) {
        if (ids.isEmpty()) {
            return new Batch(List.of(), List.of(), List.of(), List.of(), List.of(), new Marks(List.of(), List.of(), -1));
        }
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Object[] args = ids.toArray();
        synchronized (study) {
            return query(study, () -> {
                Connection c = study.conn;
                List<ParticipantRow> participants = new ArrayList<>();
                List<long[]> marks = new ArrayList<>();
                java.util.Map<Long, String> uuids = new java.util.HashMap<>();
                for (Object[] r : StudyMerger.rows(c, "SELECT p.id, p.uuid, p.code, s.uuid, p.la_code, p.language,"
                        + " p.seed, p.started_at, p.completed_at, f.sha256 FROM participant p JOIN session s"
                        + " ON s.id = p.session_id LEFT JOIN form f ON f.id = p.form_id WHERE p.id" + in
                        + " ORDER BY p.id", args)) {
                    uuids.put((Long) r[0], (String) r[1]);
                    participants.add(new ParticipantRow((String) r[1], (String) r[2], (String) r[3], (String) r[4],
                            (String) r[5], (Long) r[6], (Long) r[7], (Long) r[8], (String) r[9]));
                    marks.add(new long[] {(Long) r[0], 0, 0, r[8] == null ? -1 : (Long) r[8]});
                }
                java.util.Map<Long, long[]> markOf = new java.util.HashMap<>();
                marks.forEach(m -> markOf.put(m[0], m));
                List<AnswerRow> answers = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT a.participant_id, a.item, a.revision,"
                        + " a.value, a.language, a.answered_at, f.sha256 FROM answer a LEFT JOIN form f"
                        + " ON f.id = a.form_id WHERE a.participant_id" + in
                        + " ORDER BY a.participant_id, a.item, a.revision")) {
                    StudySql.bind(ps, args);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long pid = rs.getLong(1);
                            answers.add(new AnswerRow(uuids.get(pid), rs.getString(2), rs.getInt(3),
                                    rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7)));
                            markOf.get(pid)[1]++;
                        }
                    }
                }
                List<ParadataRow> paradata = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT participant_id, id, event, detail, at"
                        + " FROM paradata WHERE participant_id" + in + " ORDER BY participant_id, id")) {
                    StudySql.bind(ps, args);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long pid = rs.getLong(1);
                            paradata.add(new ParadataRow(uuids.get(pid), rs.getString(3), rs.getString(4),
                                    rs.getLong(5)));
                            long[] m = markOf.get(pid);
                            m[2] = Math.max(m[2], rs.getLong(2));
                        }
                    }
                }
                return new Batch(List.of(), participants, answers, paradata, List.of(),
                        new Marks(marks, List.of(), -1));
            });
        }
    }

    /** Records, in one transaction, that the server {@code serverId} (at {@code address}) has committed a batch. */
    public static void recordSent(Study study, String serverId, String address, Batch batch) {
        Marks marks = batch.marks();
        StudyBatch.inTransaction(study, () -> {
            try {
                Connection c = study.conn;
                StudySql.update(c, "INSERT INTO sync_server(server, address, conflicts_sent, last_sync_at)"
                        + " VALUES (?, ?, 0, ?) ON CONFLICT(server) DO UPDATE SET address = excluded.address,"
                        + " last_sync_at = excluded.last_sync_at", serverId, address, System.currentTimeMillis());
                if (marks.conflictsUpTo >= 0) {
                    StudySql.update(c, "UPDATE sync_server SET conflicts_sent = MAX(conflicts_sent, ?)"
                            + " WHERE server = ?", marks.conflictsUpTo, serverId);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO sync_participant(server,"
                        + " participant_id, answers, paradata, completed_at) VALUES (?, ?, ?, ?, ?)")) {
                    for (long[] m : marks.participants) {
                        StudySql.bind(ps, serverId, m[0], m[1], m[2], m[3] < 0 ? null : m[3]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO sync_session(server,"
                        + " session_id, ended_at) VALUES (?, ?, ?)")) {
                    for (long[] m : marks.sessions) {
                        StudySql.bind(ps, serverId, m[0], m[1] < 0 ? null : m[1]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            } catch (SQLException e) {
                throw StudySql.writeFailure(study.file(), e);
            }
        });
    }

    /** The servers this study has sent to: {@code {server id, address, last sync (ms) or null}}, latest first. */
    public static List<Object[]> servers(Study study) {
        synchronized (study) {
            return query(study, () -> StudyMerger.rows(study.conn,
                    "SELECT server, address, last_sync_at FROM sync_server ORDER BY last_sync_at DESC"));
        }
    }

    private static <T> T query(Study study, Study.SqlAction<T> action) {
        try {
            return action.run();
        } catch (SQLException e) {
            throw InputException.ofFile(study.file().toString(), "could not be read: " + Study.message(e));
        }
    }
}
