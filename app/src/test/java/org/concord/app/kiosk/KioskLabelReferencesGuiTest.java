package org.concord.app.kiosk;

import java.awt.event.KeyEvent;
import java.util.Map;
import org.concord.app.base.GuiWait;
import org.concord.app.ui.GuiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code ${name}} in a label shows the answer in the real kiosk, as ODK shows it: on the same page as soon as the answer
 * is taken, and on a later page.
 */
class KioskLabelReferencesGuiTest extends KioskCsvFormSupport {
    private static final String SURVEY = """
            type,name,label
            text,name,Your name
            note,hello,"Hello ${name}, welcome"
            begin_group,more,"More about ${name}"
            integer,age,"How old are you, ${name}?"
            end_group,,
            """;

    private String label(String question) {
        return onEdt(() -> window.textBox("q." + question + ".label").target().getText());
    }

    @Test
    void aLabelShowsTheAnswerItNames() {
        open(csvForm(Map.of("survey.csv", SURVEY, "settings.csv", "form_id,form_title\nlabels,Labels\n")), null);
        startByKeyboard("name");
        GuiWait.equal("the note before the name is typed", () -> label("hello"), "Hello , welcome");
        waitForFocus("q.name.text");
        robot.enterText("Alys");
        GuiWait.equal("the note on the same page once the name is taken", () -> label("hello"),
                "Hello Alys, welcome");
        GuiTestSupport.screenshot(window.target(), "kiosk-label-reference-en");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("more");
        GuiWait.equal("the page's heading", this::title, "More about Alys");
        GuiWait.equal("the label on the next page", () -> label("age"), "How old are you, Alys?");
    }
}
