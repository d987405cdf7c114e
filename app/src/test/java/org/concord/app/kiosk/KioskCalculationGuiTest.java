package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.Map;
import java.util.UUID;
import javax.swing.JTextField;
import org.concord.app.base.GuiWait;
import org.junit.jupiter.api.Test;

/**
 * pyxform's calculations on shown questions in the real kiosk, by keyboard only: a question with a calculation shows
 * its value and takes no typing; one with a trigger is set when its trigger's answer changes and can then be edited;
 * a typed calculate without label is not shown. The answers are read back from the study file.
 */
class KioskCalculationGuiTest extends KioskCsvFormSupport {
    static final String SURVEY = """
            type,name,label,hint,calculation,trigger
            begin_group,work,Your work,,,
            integer,caseload,Cases you hold now,,,
            integer,hidden_double,,,${caseload} * 2,
            integer,shown_double,Twice your caseload,,${caseload} * 2,
            text,caseload_note,Note on your caseload,Filled in when the caseload changes,"concat('caseload ', ${caseload})",${caseload}
            end_group,,,,,
            """;

    @Test
    void calculatedQuestionsShowTheirValuesByKeyboardOnly() {
        open(csvForm(Map.of("survey.csv", SURVEY, "settings.csv", "form_id,form_title\ncalc_kiosk,Calculations\n")),
                null);
        startByKeyboard("work");
        assertThat(onEdt(() -> kiosk.page().view("hidden_double").isPresent()))
                .as("a typed calculate without label has no view").isFalse();
        waitForFocus("q.caseload.text");
        robot.enterText("12");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        GuiWait.equal("the calculated question shows twice the caseload", () -> fieldText("q.shown_double.text"),
                "24");
        GuiWait.equal("the triggered note is set", () -> fieldText("q.caseload_note.text"), "caseload 12");
        JTextField shown = (JTextField) window.textBox("q.shown_double.text").target();
        assertThat(onEdt(shown::isEditable)).as("the calculated field is editable").isFalse();
        waitForFocus("q.shown_double.text");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.caseload_note.text");
        robot.pressAndReleaseKeys(KeyEvent.VK_END);
        robot.enterText(", all complex");
        shifted(KeyEvent.VK_TAB);
        shifted(KeyEvent.VK_TAB);
        waitForFocus("q.caseload.text");
        GuiWait.equal("the edited note", () -> answer("caseload_note"), "caseload 12, all complex");
        UUID id = submitByKeyboard();

        Map<String, String> answers = study.currentAnswers(id);
        assertThat(answers).containsEntry("caseload", "12").containsEntry("hidden_double", "24")
                .containsEntry("shown_double", "24").containsEntry("caseload_note", "caseload 12, all complex");
    }

    private String fieldText(String name) {
        javax.swing.text.JTextComponent field = window.textBox(name).target();
        return onEdt(field::getText);
    }
}
