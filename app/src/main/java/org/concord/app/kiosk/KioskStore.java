package org.concord.app.kiosk;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.forms.Form;
import org.concord.session.Change;
import org.concord.session.SessionContext;

/**
 * What the kiosk needs from the study file. Every method may block on disk and is called only from the kiosk's one
 * background writer thread ({@link AnswerWriter}), never on the event thread.
 */
public interface KioskStore {
    /** The form the study collects. */
    Form form();

    /** Creates the next participant of the fieldwork session, answering in {@code language}. */
    KioskParticipant createParticipant(String language);

    /** Saves one answer durably (returns after commit); a null value clears it. */
    void saveAnswer(UUID participant, String item, String value, String language);

    /**
     * Saves several answers together (deleting a repeat instance moves the later ones down): in one transaction where
     * the store has them, so that the file never holds half of the change.
     */
    default void saveAnswers(UUID participant, List<Change> changes, String language) {
        for (Change c : changes) {
            saveAnswer(participant, c.question(), c.value(), language);
        }
    }

    /** Records one paradata event ({@code page_shown}, {@code page_left}, {@code language}, {@code submitted}...). */
    void recordParadata(UUID participant, String event, String detail);

    /** Marks the participant as finished. */
    void markComplete(UUID participant);

    /**
     * What the form's metadata questions record without asking ({@code deviceid}, {@code username}, the clock); may
     * read or create the laptop's device id on disk.
     */
    default SessionContext context() {
        return SessionContext.system();
    }

    /**
     * The answers of the submission of this form completed last on this laptop before {@code participant} started,
     * by item (what {@code ${last-saved#q}} reads); empty when there is none.
     */
    default Map<String, String> lastSaved(UUID participant) {
        return Map.of();
    }

    /** True when {@code pin} is the study's admin PIN. */
    boolean checkPin(char[] pin);
}
