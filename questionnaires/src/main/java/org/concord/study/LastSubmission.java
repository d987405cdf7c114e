package org.concord.study;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.concord.common.InputException;

/**
 * What {@code ${last-saved#q}} reads: the answers of the submission completed last before a participant started, of
 * the same form and on the same laptop (the device of its fieldwork session). Merged-in participants of other laptops
 * are never read, and neither is one completed after the participant started, so a resumed participant sees the same
 * previous submission as when they began.
 */
public final class LastSubmission {
    private static final String PREVIOUS = "SELECT p.id FROM participant me"
            + " JOIN session ms ON ms.id = me.session_id"
            + " JOIN participant p ON p.form_id = me.form_id AND p.id <> me.id AND p.completed_at IS NOT NULL"
            + " AND p.completed_at <= me.started_at"
            + " JOIN session s ON s.id = p.session_id AND s.device = ms.device"
            + " WHERE me.uuid = ? ORDER BY p.completed_at DESC, p.id DESC LIMIT 1";

    private LastSubmission() {
    }

    /** The current answers, by item, of the submission before {@code participant}'s; empty when there is none. */
    public static Map<String, String> before(Study study, UUID participant) {
        synchronized (study) {
            try (PreparedStatement ps = study.conn.prepareStatement(PREVIOUS)) {
                ps.setString(1, participant.toString());
                Long previous;
                try (ResultSet rs = ps.executeQuery()) {
                    previous = rs.next() ? rs.getLong(1) : null;
                }
                return previous == null ? Map.of() : StudySql.currentAnswers(study.conn, previous);
            } catch (SQLException e) {
                throw InputException.ofFile(study.file().toString(), "could not be read: " + Study.message(e));
            }
        }
    }
}
