package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.Map;
import java.util.UUID;
import org.concord.app.base.GuiWait;
import org.concord.app.base.action.ActionModel;
import org.junit.jupiter.api.Test;

/**
 * {@code ${last-saved#site}} in the real kiosk on a study file, by keyboard only: the first participant on the laptop
 * starts with an empty site, the next one with the site the first submitted.
 */
class KioskLastSavedGuiTest extends KioskCsvFormSupport {
    static final String SURVEY = """
            type,name,label,default
            begin_group,visit,Visit,
            text,site,Site (the researcher fills this in),${last-saved#site}
            text,comment,Comment,
            end_group,,,
            """;

    @Test
    void theNextParticipantStartsWithTheSiteSubmittedBefore() {
        open(csvForm(Map.of("survey.csv", SURVEY, "settings.csv", "form_id,form_title\nlast_saved,Last saved\n")),
                null);
        startByKeyboard("visit");
        waitForFocus("q.site.text");
        assertThat(fieldText("q.site.text")).as("site of the first participant on this laptop").isEmpty();
        robot.enterText("Cardiff West");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.comment.text");
        UUID first = submitByKeyboard();
        assertThat(study.currentAnswers(first)).as("the first participant's answers").containsEntry("site",
                "Cardiff West");

        waitForFocus(ActionModel.KIOSK_FINISH.componentName());
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        startByKeyboard("visit");
        GuiWait.equal("the site shown to the next participant", () -> fieldText("q.site.text"), "Cardiff West");
        UUID second = onEdt(() -> kiosk.participant().id());
        assertThat(second).isNotEqualTo(first);
        waitSaved();
        assertThat(study.currentAnswers(second)).as("saved for the next participant").containsEntry("site",
                "Cardiff West");
    }

    private String fieldText(String name) {
        javax.swing.text.JTextComponent field = window.textBox(name).target();
        return onEdt(field::getText);
    }
}
