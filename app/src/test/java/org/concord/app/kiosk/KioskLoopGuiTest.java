package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.Map;
import java.util.UUID;
import org.concord.app.base.GuiWait;
import org.junit.jupiter.api.Test;

/**
 * pyxform's {@code begin loop over L} in the real kiosk, by keyboard only: the loop is a page (a top-level group) with
 * each choice's copy of the loop's questions, labelled with the choice; answers are stored by path (pet/dog/count).
 */
class KioskLoopGuiTest extends KioskCsvFormSupport {
    private static final String SURVEY = """
            type,name,label
            begin loop over pets,pet,Pets
            integer,count,How many %(label)s?
            end loop,,
            note,done,Thank you
            """;
    private static final String CHOICES = """
            list_name,name,label
            pets,dog,dogs
            pets,cat,cats
            """;

    @Test
    void eachChoiceOfTheLoopIsAskedAndStoredByPath() {
        open(csvForm(Map.of("survey.csv", SURVEY, "choices.csv", CHOICES,
                "settings.csv", "form_id,form_title\nloop_kiosk,Loop\n")), null);
        startByKeyboard("pet");
        waitForFocus("q.pet/dog/count.text");
        window.textBox("q.pet/dog/count.label").requireText("How many dogs?");
        window.textBox("q.pet/cat/count.label").requireText("How many cats?");
        robot.enterText("2");
        org.concord.app.ui.GuiTestSupport.screenshot(window.target(), "kiosk-loop-page-en");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.pet/cat/count.text");
        robot.enterText("1");
        GuiWait.equal("the cats' answer", () -> answer("pet/cat/count"), "1");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("done");
        UUID id = submitByKeyboard();
        assertThat(study.currentAnswers(id)).containsEntry("pet/dog/count", "2").containsEntry("pet/cat/count", "1")
                .doesNotContainKey("count");
    }
}
