package org.concord.app.kiosk;

import java.util.Map;
import javax.swing.SwingUtilities;
import org.concord.forms.Form;

/** Opens participant mode (the kiosk). Call on the event thread. */
public final class KioskWindow {
    private KioskWindow() {
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
        return controller;
    }

    /** Opens the kiosk on an unfinished participant's page, with their answers in place. */
    public static KioskController resume(KioskStore store, Form form, KioskParticipant participant,
                                         Map<String, String> answers, String lastPage, Runnable onResearcherExit) {
        requireEdt();
        KioskController controller = new KioskController(store, form, participant.language(), onResearcherExit);
        controller.frame().setVisible(true);
        controller.begin(participant, answers, lastPage, false);
        return controller;
    }

    private static void requireEdt() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("the kiosk must be opened on the event thread");
        }
    }
}
