package org.concord.study;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Bulk writes to a study (a simulated study; an import), many per transaction: the file is synced once per batch
 * rather than once per answer. Either a whole batch is committed or none of it. Not for the fieldwork runner, whose
 * answers must each be durable when saved.
 */
public final class StudyBatch {
    private StudyBatch() {
    }

    /** One answer to import: the first (and only) revision of an item. */
    public record BulkAnswer(String item, String value, Instant answeredAt) {
    }

    /**
     * One participant to import, with the UUID and times it had where it was collected.
     *
     * @param id          the participant's UUID (must be new to the study)
     * @param language    the language code the participant used
     * @param seed        the seed of the participant's randomised groups
     * @param startedAt   when the participant started
     * @param completedAt when the participant submitted, or null when unfinished
     * @param answers     the answers in the order given
     */
    public record BulkParticipant(UUID id, String language, long seed, Instant startedAt, Instant completedAt,
                                  List<BulkAnswer> answers) {
        public BulkParticipant {
            answers = List.copyOf(answers);
        }
    }

    /**
     * Calls {@code work} (which calls {@code study}'s write methods) inside one transaction and commits it; when
     * {@code work} throws, rolls the transaction back and rethrows.
     */
    public static <T> T inTransaction(Study study, Supplier<T> work) {
        synchronized (study) {
            if (study.isReadOnly()) {
                throw new IllegalStateException(study.file().getFileName() + " was opened read-only");
            }
            try {
                study.conn.setAutoCommit(false);
            } catch (SQLException e) {
                throw StudySql.writeFailure(study.file(), e);
            }
            boolean committed = false;
            try {
                T result = work.get();
                study.conn.commit();
                committed = true;
                return result;
            } catch (SQLException e) {
                throw StudySql.writeFailure(study.file(), e);
            } finally {
                try {
                    if (!committed) {
                        study.conn.rollback();
                        study.forgetRolledBack();
                    }
                    study.conn.setAutoCommit(true);
                } catch (SQLException e) {
                    // The failure that brought us here is the one to report; a rollback that fails leaves the file
                    // at its last committed state anyway.
                }
            }
        }
    }

    /**
     * Imports one fieldwork session of an LA in the study's list with its participants and their answers, as one
     * transaction. The session runs from the first participant's start to the last one's end; participant codes are
     * derived from the UUIDs (a random one where that is taken), so the same input gives the same file content.
     */
    public static void importSession(Study study, String laCode, String researcher, String device,
                                     List<BulkParticipant> participants) {
        if (study.las().stream().noneMatch(la -> la.code().equals(laCode))) {
            throw new IllegalArgumentException("LA " + laCode + " is not in the study's LA list");
        }
        long start = participants.stream().mapToLong(p -> p.startedAt().toEpochMilli()).min().orElse(0);
        long end = participants.stream().mapToLong(p -> (p.completedAt() != null ? p.completedAt()
                : p.startedAt()).toEpochMilli()).max().orElse(0);
        inTransaction(study, () -> {
            try {
                long formId = currentFormId(study);
                UUID sessionUuid = UUID.nameUUIDFromBytes((laCode + "\n" + researcher + "\n" + start)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                long sessionId = StudySql.insertSession(study.conn, sessionUuid.toString(), laCode, researcher,
                        device, start, end);
                // Statements prepared once per session: a national study imports 13,000 participants.
                try (PreparedStatement participant = study.conn.prepareStatement("INSERT INTO participant(uuid,"
                        + " code, session_id, la_code, language, seed, started_at, completed_at, form_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                     PreparedStatement codeTaken = study.conn.prepareStatement(
                             "SELECT 1 FROM participant WHERE code = ?");
                     PreparedStatement answer = study.conn.prepareStatement("INSERT INTO answer(participant_id,"
                        + " item, revision, value, language, answered_at, form_id) VALUES (?, ?, 1, ?, ?, ?, ?)")) {
                    for (BulkParticipant p : participants) {
                        StudySql.bind(participant, p.id().toString(), code(codeTaken, p.id()), sessionId, laCode,
                                p.language(), p.seed(), p.startedAt().toEpochMilli(),
                                p.completedAt() == null ? null : p.completedAt().toEpochMilli(), formId);
                        participant.executeUpdate();
                        long pid;
                        try (ResultSet key = participant.getGeneratedKeys()) {
                            key.next();
                            pid = key.getLong(1);
                        }
                        for (BulkAnswer a : p.answers()) {
                            StudySql.bind(answer, pid, a.item(), a.value(), p.language(),
                                    a.answeredAt().toEpochMilli(), formId);
                            answer.addBatch();
                        }
                        answer.executeBatch();
                    }
                }
                return null;
            } catch (SQLException e) {
                throw StudySql.writeFailure(study.file(), e);
            }
        });
    }

    private static long currentFormId(Study study) throws SQLException {
        try (Statement st = study.conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT f.id FROM form f JOIN meta m ON m.key = 'form_sha256'"
                     + " AND m.value = f.sha256")) {
            if (!rs.next()) {
                throw new SQLException("the study has no current form");
            }
            return rs.getLong(1);
        }
    }

    /** A short readable code made from the UUID's bits in the codes' alphabet; a random one if it is taken. */
    private static String code(PreparedStatement codeTaken, UUID id) throws SQLException {
        long bits = id.getLeastSignificantBits() & Long.MAX_VALUE;
        StringBuilder code = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                code.append('-');
            }
            code.append(ParticipantCodes.ALPHABET.charAt((int) (bits % ParticipantCodes.ALPHABET.length())));
            bits /= ParticipantCodes.ALPHABET.length();
        }
        String candidate = code.toString();
        while (taken(codeTaken, candidate)) {
            candidate = ParticipantCodes.next();
        }
        return candidate;
    }

    private static boolean taken(PreparedStatement codeTaken, String code) throws SQLException {
        codeTaken.setString(1, code);
        try (ResultSet rs = codeTaken.executeQuery()) {
            return rs.next();
        }
    }
}
