package org.concord.app.kiosk;

import java.util.Map;
import javax.swing.SwingUtilities;
import org.concord.app.base.Language;
import org.concord.forms.Form;
import org.concord.study.FieldworkSession;
import org.concord.study.ParticipantState;
import org.concord.study.Study;

/** Opens participant mode (the kiosk). Call on the event thread. */
public final class KioskWindow {
    private KioskWindow() {
    }

    /**
     * Opens the kiosk for a fieldwork session on its clean start screen, in the form's default language (English when
     * the form has no Welsh or English default). {@code onResearcherExit} runs on the event thread after the researcher
     * enters the right PIN.
     */
    public static KioskController start(Study study, FieldworkSession session, Runnable onResearcherExit) {
        Form form = study.form();
        return open(new StudyStore(study, session), form, startLanguage(form), onResearcherExit);
    }

    /** Opens the kiosk on an unfinished participant at the page where they stopped, with their answers in place. */
    public static KioskController resume(Study study, FieldworkSession session, ParticipantState unfinished,
                                         Runnable onResearcherExit) {
        requireEdt();
        KioskParticipant participant = StudyStore.of(unfinished.participant());
        // The resumed participant's language is set once known; the next participant starts in the form's.
        KioskController controller = new KioskController(new StudyStore(study, session), study.form(),
                startLanguage(study.form()), onResearcherExit);
        controller.frame().setVisible(true);
        controller.frame().toFront();
        // The language they last switched to is in the paradata: read it on the writer thread, then show the page.
        controller.resumeWhenReady(participant, unfinished.answers(), unfinished.lastPage(),
                () -> StudyStore.lastLanguage(study, participant));
        return controller;
    }

    private static String startLanguage(Form form) {
        return Language.WELSH.equals(form.defaultLanguage()) ? Language.WELSH : Language.ENGLISH;
    }

    /**
     * Opens the kiosk on its clean start screen; participants then follow one another until the researcher leaves with
     * the PIN, after which {@code onResearcherExit} runs on the event thread.
     *
     * @param language the language code the start screen is shown in ({@code en} or {@code cy})
     */
    public static KioskController open(KioskStore store, Form form, String language, Runnable onResearcherExit) {
        requireEdt();
        KioskController controller = new KioskController(store, form, language, onResearcherExit);
        controller.showStart();
        controller.frame().setVisible(true);
        controller.frame().toFront();
        return controller;
    }

    /** Opens the kiosk on an unfinished participant's page, with their answers in place. */
    public static KioskController resume(KioskStore store, Form form, KioskParticipant participant,
                                         Map<String, String> answers, String lastPage, Runnable onResearcherExit) {
        requireEdt();
        KioskController controller = new KioskController(store, form, startLanguage(form), onResearcherExit);
        controller.frame().setVisible(true);
        controller.frame().toFront();
        controller.begin(participant, answers, lastPage, false, Map.of());
        return controller;
    }

    private static void requireEdt() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("the kiosk must be opened on the event thread");
        }
    }
}
