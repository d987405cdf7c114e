package org.concord.study;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.FormSource;
import org.concord.study.SyncRows.AnswerRow;
import org.concord.study.SyncRows.ParadataRow;
import org.concord.study.SyncRows.ParticipantRow;
import org.concord.study.SyncRows.SessionRow;

/**
 * Writes a study received from a server into a new study file, so that every export of a study file works for a
 * server study too. The file gets the server study's UUID and a random admin PIN (the PIN never leaves a laptop).
 */
public final class ReceivedStudy {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceivedStudy() {
    }

    /** Receives rows in order: sessions, then participants, then their answers and paradata. */
    public interface Sink {
        /** A session. */
        void session(SessionRow row) throws SQLException;

        /** A participant (its session already received). */
        void participant(ParticipantRow row) throws SQLException;

        /** An answer revision (its participant already received). */
        void answer(AnswerRow row) throws SQLException;

        /** A paradata event (its participant already received). */
        void paradata(ParadataRow row) throws SQLException;
    }

    /** Where the rows come from: calls the sink for each. */
    public interface Source {
        /** Sends every row to {@code sink}. */
        void send(Sink sink) throws SQLException;
    }

    /** Creates {@code file} (which must not exist) with the study's forms, LAs and rows; returns it open. */
    public static Study create(Path file, String studyUuid, FormSource main, List<FormSource> forms,
                               List<LocalAuthority> las, Source source) {
        char[] pin = new char[12];
        for (int i = 0; i < pin.length; i++) {
            pin[i] = (char) ('0' + RANDOM.nextInt(10));
        }
        Study study = Study.create(file, main, las, AdminPin.create(pin));
        try {
            StudyBatch.inTransaction(study, () -> {
                try {
                    fill(study.conn, studyUuid, forms, source);
                    return null;
                } catch (SQLException e) {
                    throw StudySql.writeFailure(file, e);
                }
            });
            return study;
        } catch (RuntimeException e) {
            study.close();
            throw e;
        }
    }

    private static void fill(Connection c, String studyUuid, List<FormSource> forms, Source source)
            throws SQLException {
        StudySql.putMeta(c, "study_uuid", studyUuid);
        Map<String, Long> formIds = new HashMap<>();
        for (FormSource f : forms) {
            formIds.put(f.sha256(), StudySql.insertForm(c, f, System.currentTimeMillis()));
        }
        Map<String, Long> sessions = new HashMap<>();
        Map<String, Long> participants = new HashMap<>();
        try (PreparedStatement answer = c.prepareStatement("INSERT INTO answer(participant_id, item, revision, value,"
                + " language, answered_at, form_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement paradata = c.prepareStatement("INSERT INTO paradata(participant_id, event, detail, at)"
                     + " VALUES (?, ?, ?, ?)")) {
            source.send(new Sink() {
                @Override
                public void session(SessionRow s) throws SQLException {
                    sessions.put(s.uuid(), StudySql.insertSession(c, s.uuid(), s.laCode(), s.researcher(), s.device(),
                            s.startedAt(), s.endedAt()));
                }

                @Override
                public void participant(ParticipantRow p) throws SQLException {
                    participants.put(p.uuid(), StudySql.insertParticipant(c, p.uuid(), p.code(),
                            sessions.get(p.sessionUuid()), p.laCode(), p.language(), p.seed(), p.startedAt(),
                            p.completedAt(), formIds.get(p.formSha256())));
                }

                @Override
                public void answer(AnswerRow a) throws SQLException {
                    StudySql.bind(answer, participants.get(a.participantUuid()), a.item(), a.revision(), a.value(),
                            a.language(), a.answeredAt(), formIds.get(a.formSha256()));
                    answer.executeUpdate();
                }

                @Override
                public void paradata(ParadataRow d) throws SQLException {
                    StudySql.bind(paradata, participants.get(d.participantUuid()), d.event(), d.detail(), d.at());
                    paradata.executeUpdate();
                }
            });
        }
    }
}
