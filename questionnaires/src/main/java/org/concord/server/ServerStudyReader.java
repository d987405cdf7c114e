package org.concord.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.concord.forms.FormSource;
import org.concord.study.LocalAuthority;
import org.concord.study.ReceivedStudy;
import org.concord.study.Study;
import org.concord.study.SyncRows.AnswerRow;
import org.concord.study.SyncRows.ParadataRow;
import org.concord.study.SyncRows.ParticipantRow;
import org.concord.study.SyncRows.SessionRow;
import org.concord.common.InputException;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;

/**
 * Reads a study on a server for analysis (needs the analyst role): its form and the current value of every answer,
 * participant by participant in the order the server received them (for a study sent from one file, the file's order),
 * streamed so that memory holds one fetch at a time.
 */
public final class ServerStudyReader implements AutoCloseable {
    private static final int FETCH = 5000;

    private final ServerConnection server;
    private final Connection connection;
    private final String studyId;

    private ServerStudyReader(ServerConnection server, Connection connection, String studyId) {
        this.server = server;
        this.connection = connection;
        this.studyId = studyId;
    }

    /** One current answer. */
    public interface AnswerSink {
        /** The current value of {@code item} of participant {@code participantId} of LA {@code laCode}. */
        void answer(String participantId, String laCode, String laName, String item, String value);
    }

    /** Opens study {@code studyId} on the server; throws a clear message when it is not there. */
    public static ServerStudyReader open(ServerConnection server, String studyId) {
        try {
            UUID.fromString(studyId);
        } catch (IllegalArgumentException e) {
            throw InputException.ofFile("--study-id " + studyId, "is not a study id (a UUID such as"
                    + " 3f2b...-...); 'concord server status --db URL' lists the studies on a server");
        }
        Connection c = server.open();
        try {
            ServerSchema.check(c, server.address());
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM concord.study WHERE study_id = ?::uuid")) {
                ps.setString(1, studyId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw InputException.ofFile(server.address().toString(), "has no study " + studyId
                                + "; 'concord server status --db " + server.address() + "' lists its studies");
                    }
                }
            }
            return new ServerStudyReader(server, c, studyId);
        } catch (SQLException e) {
            close(c);
            throw ServerErrors.of(server.address(), "reading study " + studyId, e);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    /** A name for the study in messages and reports: {@code postgresql://user@host:port/db study UUID}. */
    public String name() {
        return server.address() + " study " + studyId;
    }

    /** The form the study was created with (the form of the first laptop that sent it). */
    public Form form() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT f.text FROM concord.study s"
                + " JOIN concord.form f ON f.study_id = s.study_id AND f.sha256 = s.form_sha256"
                + " WHERE s.study_id = ?::uuid")) {
            ps.setString(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw InputException.ofFile(name(), "has no form stored; send the study again with concord sync");
                }
                return FormLoader.fromSource(rs.getString(1));
            }
        } catch (SQLException e) {
            throw ServerErrors.of(server.address(), "reading study " + studyId, e);
        }
    }

    /**
     * Streams the current value of every answer (cleared answers included as null), by participant in the order the
     * server received them and by item name; with {@code completedOnly}, of submitted participants only.
     */
    public void forEachAnswer(boolean completedOnly, AnswerSink sink) {
        String sql = "SELECT p.participant_uuid, p.la_code, l.name, a.item, a.value FROM concord.participant p"
                + " JOIN (SELECT DISTINCT ON (participant_uuid, item) participant_uuid, item, value"
                + " FROM concord.answer WHERE study_id = ?::uuid ORDER BY participant_uuid, item, revision DESC) a"
                + " ON a.participant_uuid = p.participant_uuid"
                + " LEFT JOIN concord.la l ON l.study_id = p.study_id AND l.code = p.la_code"
                + " WHERE p.study_id = ?::uuid" + (completedOnly ? " AND p.completed_at IS NOT NULL" : "")
                + " ORDER BY p.seq, a.item";
        try {
            // The driver streams a result only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setFetchSize(FETCH);
                ps.setString(1, studyId);
                ps.setString(2, studyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.answer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw ServerErrors.of(server.address(), "reading study " + studyId, e);
        }
    }

    /**
     * Writes the whole study (every session, participant, answer revision and paradata event, in the order the server
     * received them) into the new study file {@code file}, and returns it open; used to export a server study with
     * the exports of study files.
     */
    public Study copyTo(Path file) {
        try {
            List<FormSource> forms = new ArrayList<>();
            String mainSha = null;
            for (Object[] r : rows("SELECT f.sha256, f.text, f.sha256 = s.form_sha256 FROM concord.form f"
                    + " JOIN concord.study s ON s.study_id = f.study_id WHERE f.study_id = ?::uuid ORDER BY f.sha256")) {
                forms.add(new FormSource((String) r[1], (String) r[0]));
                if ((Boolean) r[2]) {
                    mainSha = (String) r[0];
                }
            }
            String mainOf = mainSha;
            FormSource main = forms.stream().filter(f -> f.sha256().equals(mainOf))
                    .findFirst().orElseThrow(() -> InputException.ofFile(name(), "has no form stored"));
            List<LocalAuthority> las = new ArrayList<>();
            for (Object[] r : rows("SELECT code, name FROM concord.la WHERE study_id = ?::uuid ORDER BY position")) {
                las.add(new LocalAuthority((String) r[0], (String) r[1]));
            }
            connection.setAutoCommit(false);
            try {
                return ReceivedStudy.create(file, studyId, main, forms, las, this::send);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw ServerErrors.of(server.address(), "reading study " + studyId, e);
        }
    }

    private void send(ReceivedStudy.Sink sink) throws SQLException {
        for (Object[] r : rows("SELECT session_uuid::text, la_code, researcher, device, concord.ms_of(started_at),"
                + " concord.ms_of(ended_at) FROM concord.session WHERE study_id = ?::uuid ORDER BY started_at,"
                + " session_uuid")) {
            sink.session(new SessionRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Long) r[4],
                    (Long) r[5]));
        }
        stream("SELECT participant_uuid::text, code, session_uuid::text, la_code, language, seed,"
                + " concord.ms_of(started_at), concord.ms_of(completed_at), form_sha256 FROM concord.participant"
                + " WHERE study_id = ?::uuid ORDER BY seq", rs -> sink.participant(new ParticipantRow(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7),
                (Long) rs.getObject(8), rs.getString(9))));
        stream("SELECT a.participant_uuid::text, a.item, a.revision, a.value, a.language, concord.ms_of(a.answered_at),"
                + " a.form_sha256 FROM concord.answer a JOIN concord.participant p ON p.study_id = a.study_id"
                + " AND p.participant_uuid = a.participant_uuid WHERE a.study_id = ?::uuid"
                + " ORDER BY p.seq, a.item, a.revision", rs -> sink.answer(new AnswerRow(rs.getString(1),
                rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7))));
        stream("SELECT d.participant_uuid::text, d.event, d.detail, concord.ms_of(d.at) FROM concord.paradata d"
                + " JOIN concord.participant p ON p.study_id = d.study_id AND p.participant_uuid = d.participant_uuid"
                + " WHERE d.study_id = ?::uuid ORDER BY p.seq, d.at, d.event", rs -> sink.paradata(new ParadataRow(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))));
    }

    /** A row handler that may fail with the database. */
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void stream(String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setFetchSize(FETCH);
            ps.setString(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    private List<Object[]> rows(String sql) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        stream(sql, rs -> {
            Object[] row = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            out.add(row);
        });
        return out;
    }

    /** The study's id. */
    public String studyId() {
        return studyId;
    }

    @Override
    public void close() {
        close(connection);
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing was written
        }
    }
}
