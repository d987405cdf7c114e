package org.concord.app.kiosk;

import java.util.List;
import java.util.UUID;
import org.concord.forms.Form;
import org.concord.session.Change;

/** A kiosk store that passes every call to a real one; tests override a call to make it fail as a disk or JVM would. */
class DelegatingStore implements KioskStore {
    /** The real store, set once the study exists. */
    KioskStore real;

    @Override
    public Form form() {
        return real.form();
    }

    @Override
    public KioskParticipant createParticipant(String language) {
        return real.createParticipant(language);
    }

    @Override
    public void saveAnswer(UUID participant, String item, String value, String language) {
        real.saveAnswer(participant, item, value, language);
    }

    @Override
    public void saveAnswers(UUID participant, List<Change> changes, String language) {
        real.saveAnswers(participant, changes, language);
    }

    @Override
    public void recordParadata(UUID participant, String event, String detail) {
        real.recordParadata(participant, event, detail);
    }

    @Override
    public void markComplete(UUID participant) {
        real.markComplete(participant);
    }

    @Override
    public boolean checkPin(char[] pin) {
        return real.checkPin(pin);
    }
}
