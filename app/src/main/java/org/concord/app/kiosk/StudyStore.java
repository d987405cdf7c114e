package org.concord.app.kiosk;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.app.base.settings.SettingsStore;
import org.concord.common.Logs;
import org.concord.forms.Form;
import org.concord.session.Change;
import org.concord.session.SessionContext;
import org.concord.study.FieldworkSession;
import org.concord.study.LastSubmission;
import org.concord.study.ParadataEvent;
import org.concord.study.Participant;
import org.concord.study.Study;
import org.concord.study.StudyBatch;

/** The kiosk's view of a study file during one fieldwork session. */
final class StudyStore implements KioskStore {
    private final Study study;
    private final FieldworkSession session;

    StudyStore(Study study, FieldworkSession session) {
        this.study = study;
        this.session = session;
    }

    @Override
    public Form form() {
        return study.form();
    }

    @Override
    public KioskParticipant createParticipant(String language) {
        return of(study.createParticipant(session.id(), language));
    }

    static KioskParticipant of(Participant p) {
        return new KioskParticipant(p.id(), p.code(), p.language(), p.seed());
    }

    /** The language a participant last switched to (paradata {@code language}), else the one they started in. */
    static String lastLanguage(Study study, KioskParticipant participant) {
        String language = participant.language();
        for (ParadataEvent e : study.paradata(participant.id())) {
            if (KioskController.LANGUAGE.equals(e.event()) && e.detail() != null && !e.detail().isBlank()) {
                language = e.detail();
            }
        }
        return language;
    }

    @Override
    public void saveAnswer(UUID participant, String item, String value, String language) {
        study.saveAnswer(participant, item, value, language);
    }

    @Override
    public void saveAnswers(UUID participant, List<Change> changes, String language) {
        StudyBatch.inTransaction(study, () -> {
            changes.forEach(c -> study.saveAnswer(participant, c.question(), c.value(), language));
            return changes.size();
        });
    }

    @Override
    public void recordParadata(UUID participant, String event, String detail) {
        study.recordParadata(participant, event, detail);
    }

    @Override
    public void markComplete(UUID participant) {
        study.markComplete(participant);
    }

    /**
     * The laptop's random device id (kept beside the settings) and the fieldwork session's researcher initials. A
     * device id that cannot be read or written is left empty (and logged) rather than failing: the writer would retry
     * the call for ever and save no answer meanwhile.
     */
    @Override
    public SessionContext context() {
        String device = "";
        try {
            device = SessionContext.deviceId(SettingsStore.standard().sibling("device-id"));
        } catch (IOException | RuntimeException e) {
            Logs.warning("kiosk: the laptop's device id could not be read or written; deviceid stays empty", e);
        }
        return new SessionContext(Clock.systemDefaultZone(), device, session.researcherInitials());
    }

    @Override
    public Map<String, String> lastSaved(UUID participant) {
        return LastSubmission.before(study, participant);
    }

    @Override
    public boolean checkPin(char[] pin) {
        return study.checkPin(pin);
    }
}
