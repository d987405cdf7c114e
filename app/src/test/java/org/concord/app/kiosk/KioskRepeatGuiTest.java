package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.fixture.FrameFixture;
import org.concord.app.base.GuiWait;
import org.concord.app.ui.GuiTestSupport;
import org.concord.study.ParticipantState;
import org.concord.study.Study;
import org.concord.study.export.LongCsvExporter;
import org.junit.jupiter.api.Test;

/**
 * A repeat with "add another" in the real kiosk, by keyboard only: two instances then done, a participant closed in
 * the middle of an instance and resumed from the study file on disk, and the repeated answers exported and read back.
 */
class KioskRepeatGuiTest extends KioskCsvFormSupport {
    private static final String SURVEY = """
            type,name,label
            select_one yes_no,visited,Did you visit a library this month?
            begin_repeat,visit,Library visit
            text,library,Which library?
            integer,hours,How many hours?
            end_repeat,,
            text,comment,Anything else?
            """;

    private void openForm() {
        open(csvForm(Map.of("survey.csv", SURVEY, "choices.csv", YES_NO_CHOICES,
                "settings.csv", "form_id,form_title\nrepeat_kiosk,Library visits\n")), null);
    }

    /** From the visited page: Yes, then instance 1 typed, arriving on the add-another page. */
    private void firstInstance() {
        startByKeyboard("visited");
        waitForFocus("q.visited.yes");
        robot.pressAndReleaseKey(KeyEvent.VK_1);
        GuiWait.equal("visited", () -> answer("visited"), "yes");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("visit[1]");
        GuiWait.equal("heading of instance 1", this::title, "Library visit 1");
        typeVisit(1, "Cardiff Central");
        enterHours(1, "3");
    }

    /** Types the library of instance {@code i} and tabs to its hours. */
    private void typeVisit(int i, String library) {
        waitForFocus("q.library[" + i + "].text");
        robot.enterText(library);
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.hours[" + i + "].text");
    }

    /** Types the hours of instance {@code i} and goes on with Enter to the add-another page. */
    private void enterHours(int i, String hours) {
        robot.enterText(hours);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("visit#add");
    }

    /** On the add-another page: 2 (No), Enter to the comment page. */
    private void noMore() {
        waitForFocus("q.visit#add.yes");
        robot.pressAndReleaseKey(KeyEvent.VK_2);
        GuiWait.equal("no more visits", () -> answer("visit#add"), "no");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("comment");
        waitForFocus("q.comment.text");
    }

    /** On the add-another page: 1 (Yes) adds an instance, Enter goes to it. */
    private void addAnother(String page) {
        waitForFocus("q.visit#add.yes");
        javax.swing.text.JTextComponent asked = window.textBox("q.visit#add.label").target();
        GuiWait.equal("the question asked", () -> onEdt(asked::getText), "Add another Library visit?  (Required)");
        robot.pressAndReleaseKey(KeyEvent.VK_1);
        GuiWait.equal("instances after yes", () -> answer("visit"), "2");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage(page);
    }

    @Test
    void twoInstancesThenDoneByKeyboard() throws Exception {
        openForm();
        firstInstance();
        addAnother("visit[2]");
        GuiWait.equal("heading of instance 2", this::title, "Library visit 2");
        GuiTestSupport.screenshot(window.target(), "kiosk-repeat-instance-2-en");
        typeVisit(2, "Swansea");
        enterHours(2, "1");
        GuiTestSupport.screenshot(window.target(), "kiosk-repeat-add-another-en");
        noMore();
        robot.enterText("Thanks");
        UUID id = submitByKeyboard();
        Map<String, String> stored = study.currentAnswers(id);
        assertThat(stored).as("stored answers").containsEntry("visited", "yes").containsEntry("visit", "2")
                .containsEntry("visit#add", "no").containsEntry("library[1]", "Cardiff Central")
                .containsEntry("hours[1]", "3").containsEntry("library[2]", "Swansea").containsEntry("hours[2]", "1")
                .containsEntry("comment", "Thanks").doesNotContainKeys("library", "hours");

        Path csv = dir.resolve("long.csv");
        LongCsvExporter.export(study, csv, true);
        List<String> rows = java.nio.file.Files.readAllLines(csv).stream().skip(1)
                .map(l -> l.split(",")[2] + "=" + l.split(",")[3]).toList();
        assertThat(rows).as("long CSV item=value rows").containsSubsequence("visited=yes", "comment=Thanks",
                "library[1]=Cardiff Central", "library[2]=Swansea", "hours[1]=3", "hours[2]=1");
    }

    @Test
    void anInstanceDeletedByKeyboardAfterKeepingItOnce() throws Exception {
        openForm();
        firstInstance();
        addAnother("visit[2]");
        typeVisit(2, "Swansea");
        robot.enterText("1");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus(InstanceDelete.NAME);
        javax.swing.JButton delete = window.button(InstanceDelete.NAME).target();
        assertThat(onEdt(delete::getText)).isEqualTo("Delete Library visit 2");
        // A page button of the kiosk's size, not a small one easily missed: a touch target high, the answers' text.
        GuiTestSupport.screenshot(window.target(), "kiosk-repeat-delete-button-en");
        assertThat(onEdt(delete::getHeight)).as("height of the delete button")
                .isGreaterThanOrEqualTo(org.concord.app.kiosk.panel.KioskStyle.px(
                        org.concord.app.kiosk.panel.KioskStyle.TOUCH));
        assertThat(onEdt(() -> delete.getFont().getSize2D())).as("text size of the delete button")
                .isEqualTo(org.concord.app.kiosk.panel.KioskStyle.font(1.05f, false).getSize2D());
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        org.assertj.swing.fixture.DialogFixture asked = GuiTestSupport.dialog(robot, InstanceDelete.NAME + ".dialog");
        GuiTestSupport.screenshot(asked.target(), "kiosk-repeat-delete-en");
        GuiWait.press(asked.button(InstanceDelete.NAME + ".dialog.no").target());
        waitForFocus(InstanceDelete.NAME);
        assertThat(answer("library[2]")).as("kept").isEqualTo("Swansea");
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        asked = GuiTestSupport.dialog(robot, InstanceDelete.NAME + ".dialog");
        GuiWait.press(asked.button(InstanceDelete.NAME + ".dialog.yes").target());
        waitForPage("visit[1]");
        GuiWait.equal("heading after deleting", this::title, "Library visit 1");
        assertThat(onEdt(() -> kiosk.session().canDeleteInstance())).as("the only instance left").isFalse();
        waitSaved();
        UUID id = onEdt(() -> kiosk.participant().id());
        assertThat(study.currentAnswers(id)).as("stored after deleting instance 2").containsEntry("visit", "1")
                .containsEntry("library[1]", "Cardiff Central").containsEntry("hours[1]", "3")
                .doesNotContainKeys("library[2]", "hours[2]");
    }

    @Test
    void closedInTheMiddleOfAnInstanceAndResumedFromTheStudyFile() throws Exception {
        openForm();
        firstInstance();
        addAnother("visit[2]");
        typeVisit(2, "Newport");
        waitSaved();
        Path file = dir.resolve("fieldwork.concord");
        // The kiosk goes away mid-instance: the writer stops, the window closes, the study file is closed.
        kiosk.writer().shutdown();
        assertThat(kiosk.writer().awaitTermination(TimeUnit.SECONDS.toMillis(30))).as("writer stopped").isTrue();
        window.cleanUp();
        study.close();

        study = Study.open(file);
        fieldwork = study.sessions().get(0);
        List<ParticipantState> unfinished = study.unfinished();
        assertThat(unfinished).as("unfinished participants").hasSize(1);
        ParticipantState state = unfinished.get(0);
        assertThat(state.lastPage()).as("last page").isEqualTo("visit[2]");
        assertThat(state.answers()).as("answers on disk").containsEntry("visit", "2")
                .containsEntry("library[1]", "Cardiff Central").containsEntry("library[2]", "Newport");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        robot.settings().eventPostingDelay(30);
        kiosk = onEdt(() -> {
            com.formdev.flatlaf.FlatLightLaf.setup();
            return KioskWindow.resume(study, fieldwork, state, () -> exited.set(true));
        });
        window = new FrameFixture(robot, kiosk.frame());
        waitForPage("visit[2]");
        GuiWait.equal("heading of the resumed instance", this::title, "Library visit 2");
        window.textBox("q.library[2].text").requireText("Newport");
        robot.moveMouse(kiosk.frame());
        waitForFocus("q.hours[2].text");
        enterHours(2, "2");
        noMore();
        UUID id = submitByKeyboard();
        assertThat(study.currentAnswers(id)).as("answers after resuming").containsEntry("library[1]", "Cardiff Central")
                .containsEntry("hours[1]", "3").containsEntry("library[2]", "Newport").containsEntry("hours[2]", "2")
                .containsEntry("visit", "2").containsEntry("visit#add", "no");
    }
}
