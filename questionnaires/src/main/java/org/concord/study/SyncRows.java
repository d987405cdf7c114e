package org.concord.study;

import java.util.List;

/**
 * The rows of a study that a sync sends to a server, as they are in the study file (times in milliseconds since the
 * epoch; participants and sessions by UUID, so that rows from several laptops can be joined). The admin PIN is never
 * among them.
 */
public final class SyncRows {
    private SyncRows() {
    }

    /** A fieldwork session. */
    public record SessionRow(String uuid, String laCode, String researcher, String device, long startedAt,
                             Long endedAt) {
    }

    /** A participant (the form by its SHA-256; null when the file does not know it). */
    public record ParticipantRow(String uuid, String code, String sessionUuid, String laCode, String language,
                                 long seed, long startedAt, Long completedAt, String formSha256) {
    }

    /** One revision of one answer (value null = cleared). */
    public record AnswerRow(String participantUuid, String item, int revision, String value, String language,
                            long answeredAt, String formSha256) {
    }

    /** One paradata event. */
    public record ParadataRow(String participantUuid, String event, String detail, long at) {
    }

    /** A conflict recorded by a merge of study files ({@code revision} null for a participant field). */
    public record ConflictRow(String participantUuid, String what, Integer revision, String kept, String other,
                              String otherFile, long mergedAt) {
    }

    /**
     * One batch of a sync: what it sends, and what the study's ledger records once the server has committed it.
     *
     * @param marks the ledger entries of the batch, opaque to callers
     */
    public record Batch(List<SessionRow> sessions, List<ParticipantRow> participants, List<AnswerRow> answers,
                        List<ParadataRow> paradata, List<ConflictRow> conflicts, Marks marks) {
        public Batch {
            sessions = List.copyOf(sessions);
            participants = List.copyOf(participants);
            answers = List.copyOf(answers);
            paradata = List.copyOf(paradata);
            conflicts = List.copyOf(conflicts);
        }

        /** Rows in the batch, all kinds together. */
        public int rows() {
            return sessions.size() + participants.size() + answers.size() + paradata.size() + conflicts.size();
        }
    }

    /** What the ledger records for a batch: per participant and session the state sent, the last conflict sent. */
    public static final class Marks {
        final List<long[]> participants; // {local id, answers, paradata max id, completed_at or -1}
        final List<long[]> sessions;     // {local id, ended_at or -1}
        final long conflictsUpTo;        // highest merge_conflict id sent, or -1 when none in the batch

        Marks(List<long[]> participants, List<long[]> sessions, long conflictsUpTo) {
            this.participants = List.copyOf(participants);
            this.sessions = List.copyOf(sessions);
            this.conflictsUpTo = conflictsUpTo;
        }
    }
}
