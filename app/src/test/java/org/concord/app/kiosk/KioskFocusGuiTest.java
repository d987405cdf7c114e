package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.fixture.FrameFixture;
import org.concord.app.base.Language;
import org.concord.app.base.action.ActionModel;
import org.concord.forms.Form;
import org.concord.session.FormSession;
import org.concord.study.LocalAuthority;
import org.concord.study.Participant;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;

/**
 * A digit never changes an answer the participant did not choose to revisit (a language switch keeps the focus where
 * it was; a resumed or entered page focuses its first unanswered question), and every participant starts in the
 * kiosk's own language, never the previous participant's. Keyboard only where it is about keys.
 */
class KioskFocusGuiTest extends KioskKeyboardSupport {
    private static final String WELSH = ActionModel.KIOSK_WELSH.componentName();
    private static final String NEXT = ActionModel.KIOSK_NEXT.componentName();

    @Test
    void aLanguageSwitchKeepsTheFocusSoTheNextDigitChangesNoEarlierAnswer() {
        keyboardToAbout();
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("leaders");
        waitForFocusIn("lo1");
        robot.pressAndReleaseKey(KeyEvent.VK_5);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("views");
        List<String> order = viewsOrder();
        waitForFocusIn(order.get(0));
        robot.pressAndReleaseKey(KeyEvent.VK_1);
        waitForFocusIn(order.get(1));
        robot.pressAndReleaseKey(KeyEvent.VK_2);
        waitForFocusIn(order.get(2));
        tabTo(WELSH);
        Object before = onEdt(() -> kiosk.page());
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        waitFor("the views page redrawn in Welsh", () -> "cy".equals(kiosk.session().language())
                && kiosk.page() != before);
        robot.waitForIdle();
        assertThat(focusName()).as("focus after switching to Welsh").isEqualTo(WELSH);
        // The case: the next digit went to the first item and changed its answer.
        robot.pressAndReleaseKey(KeyEvent.VK_3);
        robot.waitForIdle();
        waitSaved();
        Map<String, String> expected = new LinkedHashMap<>(Map.of("consent", "OK", "role", "leader", "lo1", "5"));
        expected.put(order.get(0), "1");
        expected.put(order.get(1), "2");
        assertThat(stored()).as("answers stored after a digit on the language switch")
                .containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void aResumedOrEnteredPageFocusesItsFirstUnansweredQuestion() {
        Form form = KioskTestForm.form();
        study = Study.create(dir.resolve("fieldwork.concord"), form, List.of(new LocalAuthority(LA, "Cardiff")),
                PIN.toCharArray());
        fieldwork = study.startSession(LA, "AB");
        Participant p = study.createParticipant(fieldwork.id(), Language.ENGLISH);
        List<String> order = FormSession.start(form, Map.of(), Language.ENGLISH, p.seed()).randomizedOrders()
                .get("views");
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("consent", "OK");
        answers.put("role", "worker");
        answers.put(order.get(0), "1");
        answers.put(order.get(1), "2");
        answers.forEach((item, value) -> study.saveAnswer(p.id(), item, value, Language.ENGLISH));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        robot.settings().eventPostingDelay(30);
        StudyStore store = new StudyStore(study, fieldwork);
        kiosk = onEdt(() -> {
            com.formdev.flatlaf.FlatLightLaf.setup();
            return KioskWindow.resume(store, form, StudyStore.of(p), answers, "views", () -> exited.set(true));
        });
        window = new FrameFixture(robot, kiosk.frame());
        robot.moveMouse(kiosk.frame());
        waitForPage("views");
        waitForFocusIn(order.get(2));
        robot.pressAndReleaseKey(KeyEvent.VK_4);
        waitForFocusIn(order.get(3));
        waitSaved();
        assertThat(stored()).as("answers after resuming and pressing 4").containsEntry(order.get(0), "1")
                .containsEntry(order.get(1), "2").containsEntry(order.get(2), "4");
        window.button(ActionModel.KIOSK_BACK.componentName()).click();
        waitForPage("about");
        // role is answered: the focus goes to years, the first question left open.
        waitForFocus("q.years.text");
        window.button(ActionModel.KIOSK_BACK.componentName()).click();
        waitForPage("welcome");
        // Everything on the page is answered: Next has the focus, so no key changes an answer.
        waitForFocus(NEXT);
    }

    @Test
    void theNextParticipantStartsInTheKiosksLanguageNotThePreviousOnes() {
        open();
        startParticipant();
        window.toggleButton(WELSH).click();
        waitFor("Welsh", () -> "cy".equals(kiosk.session().language()));
        window.checkBox("q.consent.box").click();
        window.button(NEXT).click();
        waitForPage("about");
        window.toggleButton("q.role.worker").click();
        window.button(NEXT).click();
        waitForPage("views");
        window.button(NEXT).click();
        waitForPage("comments");
        window.button(NEXT).click();
        waitForPage(FormSession.REVIEW_PAGE);
        window.button(ActionModel.KIOSK_SUBMIT.componentName()).click();
        waitFor("thank-you page", () -> kiosk.session() == null);
        window.button(ActionModel.KIOSK_FINISH.componentName()).click();
        waitFor("start screen", () -> KioskParticipantFlowTest.findNamed(kiosk.frame(), "kiosk.screen.start") != null);
        window.toggleButton(ActionModel.KIOSK_ENGLISH.componentName()).requireSelected();
        window.toggleButton(WELSH).requireNotSelected();
        startParticipant();
        assertThat(onEdt(() -> kiosk.session().language())).as("language of the next participant")
                .isEqualTo(Language.ENGLISH);
        assertThat(onEdt(() -> kiosk.participant().language())).as("language stored for the next participant")
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void aChoiceListIsAnsweredWithDigitsArrowsSpaceAndEnter() {
        keyboardToAbout();
        window.textBox("kiosk.keys.choice.hint").requireVisible();
        // 2 chooses the second answer and moves on to the next question, as on a scale.
        robot.pressAndReleaseKey(KeyEvent.VK_2);
        waitFor("role by digit", () -> "worker".equals(kiosk.session().answer("role")));
        waitForFocus("q.years.text");
        robot.pressKey(KeyEvent.VK_SHIFT);
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        robot.releaseKey(KeyEvent.VK_SHIFT);
        waitForFocus("q.role.worker");
        robot.pressAndReleaseKeys(KeyEvent.VK_UP);
        waitForFocus("q.role.leader");
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        waitFor("role by Space", () -> "leader".equals(kiosk.session().answer("role")));
        robot.pressAndReleaseKeys(KeyEvent.VK_DOWN);
        waitForFocus("q.role.worker");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("role by Enter", () -> "worker".equals(kiosk.session().answer("role")));
        assertThat(pageName()).as("page after Enter on an answer not yet chosen").isEqualTo("about");
        // Enter on the answer already chosen goes to the next page, as the tip says.
        waitForFocus("q.role.worker");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("views");
        waitSaved();
        assertThat(stored()).as("answers stored").containsExactlyInAnyOrderEntriesOf(Map.of("consent", "OK",
                "role", "worker"));
    }
}
