package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.swing.JSlider;
import javax.swing.JTextField;
import org.concord.app.base.GuiWait;
import org.junit.jupiter.api.Test;

/**
 * Date, time and range questions, a read-only question and the metadata of issue 10 in the real kiosk, by keyboard
 * only; the answers and metadata are read back from the study file.
 */
class KioskDateRangeGuiTest extends KioskCsvFormSupport {
    static final String SURVEY = """
            type,name,label,parameters,read_only,default
            start,started,,,,
            end,ended,,,,
            today,day,,,,
            deviceid,device,,,,
            username,researcher,,,,
            begin_group,welcome,When,,,
            date,visit,Date of the visit,,,
            time,arrived,Time you arrived,,,
            datetime,left,When you left,,,
            end_group,,,,,
            begin_group,scores,Scores,,,
            range,score,Score,start=0 end=10 step=2,,
            range,half,Halves,start=1 end=3 step=0.5,,
            text,code,Your code,,yes,ABC
            end_group,,,,,
            """;

    @Test
    void datesTimesRangesAndMetadataByKeyboardOnly() {
        LocalDate before = LocalDate.now();
        open(csvForm(Map.of("survey.csv", SURVEY, "settings.csv", "form_id,form_title\ndates_kiosk,Dates\n")),
                null);
        startByKeyboard("welcome");
        window.textBox("q.visit.format")
                .requireText("Type the date as YYYY-MM-DD, for example 2026-03-01 (DD/MM/YYYY also works).");
        waitForFocus("q.visit.text");
        robot.enterText("31/2/2026");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.arrived.text");
        GuiWait.equal("message under an impossible date", () -> issue("visit"),
                "Please enter a date as YYYY-MM-DD, such as 2026-03-01.");
        shifted(KeyEvent.VK_TAB);
        waitForFocus("q.visit.text");
        // Coming back to a date selects it, so that typing replaces it.
        robot.enterText("1/3/2026");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.arrived.text");
        GuiWait.equal("the date as stored, once left", () -> fieldText("q.visit.text"), "2026-03-01");
        GuiWait.equal("no message once the date reads", () -> issue("visit"), null);
        robot.enterText("9:05");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.left.text");
        GuiWait.equal("the time as stored, shown without seconds", () -> fieldText("q.arrived.text"), "09:05");
        robot.enterText("2026-03-01 17:45");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("scores");
        waitSaved();
        assertThat(stored()).containsEntry("visit", "2026-03-01").containsEntry("arrived", "09:05:00")
                .containsEntry("left", "2026-03-01T17:45:00");

        waitForFocus("q.score.slider");
        GuiWait.equal("no answer shown before the slider moves", () -> fieldText("q.score.value"), "No answer yet");
        for (int i = 0; i < 3; i++) {
            robot.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        }
        GuiWait.equal("score after three steps of 2", () -> answer("score"), "6");
        GuiWait.equal("the value line", () -> fieldText("q.score.value"), "Your answer: 6");
        JSlider slider = window.slider("q.score.slider").target();
        GuiWait.equal("what a screen reader names the slider", () -> onEdt(() -> slider.getAccessibleContext()
                .getAccessibleName()), "Score, Your answer: 6");
        robot.pressAndReleaseKeys(KeyEvent.VK_END);
        GuiWait.equal("score after End", () -> answer("score"), "10");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.half.slider");
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        GuiWait.equal("Space takes the start shown", () -> answer("half"), "1");
        robot.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        GuiWait.equal("half after one step of 0.5", () -> answer("half"), "1.5");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.code.text");
        robot.enterText("XY");
        robot.waitForIdle();
        JTextField code = (JTextField) window.textBox("q.code.text").target();
        assertThat(onEdt(code::isEditable)).as("the read-only field is editable").isFalse();
        GuiWait.equal("the read-only field keeps its default", () -> fieldText("q.code.text"), "ABC");
        UUID id = submitByKeyboard();

        Map<String, String> answers = study.currentAnswers(id);
        LocalDate after = LocalDate.now();
        assertThat(answers).containsEntry("score", "10").containsEntry("half", "1.5").containsEntry("code", "ABC")
                .containsEntry("researcher", "AB");
        assertThat(answers.get("device")).as("deviceid").matches("concord:[0-9a-f-]{36}");
        assertThat(answers.get("day")).as("today").isIn(before.toString(), after.toString());
        assertThat(answers.get("started")).as("start").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*");
        assertThat(answers.get("ended")).as("end").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*");
        assertThat(answers.get("ended").compareTo(answers.get("started"))).as("end %s not before start %s",
                answers.get("ended"), answers.get("started")).isGreaterThanOrEqualTo(0);
    }

    private String issue(String question) {
        return onEdt(() -> kiosk.page().view(question).orElseThrow().issueText());
    }

    private String fieldText(String name) {
        javax.swing.text.JTextComponent field = window.textBox(name).target();
        return onEdt(field::getText);
    }
}
