package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JProgressBar;
import javax.swing.JScrollBar;
import javax.swing.text.JTextComponent;
import org.concord.app.base.action.ActionModel;
import org.concord.app.kiosk.panel.QuestionView;
import org.concord.study.ParadataEvent;
import org.junit.jupiter.api.Test;

/** A participant answers the test form in the real kiosk window, by keyboard only and by mouse only. */
class KioskParticipantFlowTest extends KioskGuiSupport {

    @Test
    void aWholeFormCanBeAnsweredByKeyboardOnly() {
        open();
        // Xvfb has no window manager and X gives the keyboard to the window under the pointer: point at the kiosk
        // (no click) as a window manager would have focused it.
        robot.moveMouse(kiosk.frame());
        waitFor("start focused", () -> kiosk.frame().getFocusOwner() != null
                && ActionModel.KIOSK_START.componentName().equals(kiosk.frame().getFocusOwner().getName()));
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("welcome");
        waitFor("consent focused", () -> "q.consent.box".equals(focusName()));
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("about");
        waitFor("role focused", () -> "q.role.leader".equals(focusName()));
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        // Choosing "leader" shows the leaders-only statement at once (skip logic as the participant answers).
        window.toggleButton("q.lead_q.4").requireVisible();
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB, KeyEvent.VK_TAB);
        waitFor("years focused", () -> "q.years.text".equals(focusName()));
        robot.enterText("12");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitFor("lead_q focused", () -> focusName().startsWith("q.lead_q."));
        robot.pressAndReleaseKey(KeyEvent.VK_4);
        waitFor("Next focused after the last item", () -> ActionModel.KIOSK_NEXT.componentName().equals(focusName()));
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("leaders");
        robot.pressAndReleaseKey(KeyEvent.VK_5);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("views");
        List<String> order = viewsOrder();
        for (int i = 0; i < order.size(); i++) {
            String item = order.get(i);
            waitFor(item + " focused", () -> focusName().startsWith("q." + item + "."));
            robot.pressAndReleaseKey(KeyEvent.VK_1 + i);
        }
        waitFor("Next focused", () -> ActionModel.KIOSK_NEXT.componentName().equals(focusName()));
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("comments");
        waitFor("comments focused", () -> "q.comments.text".equals(focusName()));
        robot.enterText("Good team");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage(org.concord.session.FormSession.REVIEW_PAGE);
        window.textBox("kiosk.review.intro").requireText(
                "You have answered every question. Press Submit to send your answers.");
        waitFor("Submit focused", () -> ActionModel.KIOSK_SUBMIT.componentName().equals(focusName()));
        java.util.UUID id = onEdt(() -> kiosk.participant().id());
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("thank-you page", () -> kiosk.session() == null && kiosk.writer().pending() == 0);
        window.textBox("kiosk.screen.thanks.text").requireVisible();

        Map<String, String> answers = study.currentAnswers(id);
        assertThat(answers).containsEntry("consent", "OK").containsEntry("role", "leader")
                .containsEntry("years", "12").containsEntry("lead_q", "4").containsEntry("lo1", "5")
                .containsEntry("comments", "Good team");
        for (int i = 0; i < order.size(); i++) {
            assertThat(answers).containsEntry(order.get(i), Integer.toString(i + 1));
        }
        assertThat(study.unfinished()).isEmpty();
        List<String> events = study.paradata(id).stream().map(ParadataEvent::event).toList();
        assertThat(events).contains("randomized", "page_shown", "page_left", "submitted");
        assertThat(study.paradata(id).stream().filter(e -> e.event().equals("randomized")).findFirst().orElseThrow()
                .detail()).isEqualTo("views: " + String.join(" ", order));
    }

    @Test
    void aWholeFormCanBeAnsweredByMouseWithProgressAndAReviewOfSkippedQuestions() {
        open();
        startParticipant();
        window.progressBar("kiosk.progress").requireText("Page 1 of 5");
        window.checkBox("q.consent.box").click();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("about");
        window.toggleButton("q.role.worker").click();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        // A worker never sees the leaders' page.
        waitForPage("views");
        window.progressBar("kiosk.progress").requireText("Page 3 of 5");
        window.toggleButton("q.v2.5").click();
        window.toggleButton("q.v3.1").click();
        window.button(ActionModel.KIOSK_BACK.componentName()).click();
        waitForPage("about");
        window.toggleButton("q.role.worker").requireSelected();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("views");
        window.toggleButton("q.v2.5").requireSelected();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("comments");
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage(org.concord.session.FormSession.REVIEW_PAGE);
        // The review lists the optional questions left unanswered, and goes back to one of them.
        window.button("kiosk.review.goto.years").requireVisible();
        window.button("kiosk.review.goto.v1").requireVisible();
        window.button("kiosk.review.goto.comments").click();
        waitForPage("comments");
        window.textBox("q.comments.text").enterText("Fine");
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage(org.concord.session.FormSession.REVIEW_PAGE);
        assertThat(onEdt(() -> findNamed(kiosk.frame(), "kiosk.review.goto.comments"))).isNull();
        java.util.UUID id = onEdt(() -> kiosk.participant().id());
        window.button(ActionModel.KIOSK_SUBMIT.componentName()).click();
        waitFor("thank-you page", () -> kiosk.session() == null);
        assertThat(study.currentAnswers(id)).containsExactlyInAnyOrderEntriesOf(Map.of("consent", "OK",
                "role", "worker", "v2", "5", "v3", "1", "comments", "Fine"));
    }

    @Test
    void theNextParticipantStartsFromACleanScreen() {
        open();
        startParticipant();
        window.checkBox("q.consent.box").click();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("about");
        window.toggleButton("q.role.worker").click();
        window.textBox("q.years.text").enterText("30");
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("views");
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("comments");
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage(org.concord.session.FormSession.REVIEW_PAGE);
        window.button(ActionModel.KIOSK_SUBMIT.componentName()).click();
        waitFor("thank-you page", () -> kiosk.session() == null);
        window.button(ActionModel.KIOSK_FINISH.componentName()).click();
        waitFor("start screen", () -> findNamed(kiosk.frame(), "kiosk.screen.start") != null);
        // Nothing of the previous participant is in the window: no question, no answer, no way back.
        assertThat(onEdt(() -> allComponents(kiosk.frame()).stream()
                .filter(c -> c instanceof QuestionView || (c.getName() != null && c.getName().startsWith("q.")))
                .toList())).isEmpty();
        assertThat(onEdt(() -> findNamed(kiosk.frame(), ActionModel.KIOSK_BACK.componentName()).isVisible())).isFalse();
        startParticipant();
        window.checkBox("q.consent.box").requireNotSelected();
        assertThat(onEdt(() -> kiosk.session().answers())).isEmpty();
        assertThat(study.unfinished()).hasSize(1);
    }

    @Test
    void everyControlHasAnAccessibleNameAndDescription() {
        open();
        assertAccessible("start screen");
        startParticipant();
        assertAccessible("welcome page");
        window.checkBox("q.consent.box").click();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("about");
        window.toggleButton("q.role.leader").click();
        assertAccessible("about page");
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("leaders");
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("views");
        assertAccessible("views page");
        window.toggleButton(ActionModel.KIOSK_WELSH.componentName()).click();
        assertAccessible("views page in Welsh");
    }

    private void assertAccessible(String screen) {
        List<String> missing = onEdt(() -> {
            List<String> out = new ArrayList<>();
            for (Component c : allComponents(kiosk.frame())) {
                boolean control = c instanceof AbstractButton || c instanceof JTextComponent
                        || c instanceof JProgressBar;
                if (!control || !c.isShowing() || c instanceof JScrollBar
                        || (c instanceof JTextComponent t && !t.isEditable())) {
                    continue;
                }
                JComponent jc = (JComponent) c;
                String name = jc.getAccessibleContext().getAccessibleName();
                String description = jc.getAccessibleContext().getAccessibleDescription();
                if (name == null || name.isBlank() || description == null || description.isBlank()) {
                    out.add(c.getName() + " name=" + name + " description=" + description);
                }
            }
            return out;
        });
        assertThat(missing).as("controls without an accessible name or description on the %s", screen).isEmpty();
    }

    private String focusName() {
        return onEdt(() -> {
            Component owner = kiosk.frame().getFocusOwner();
            return owner == null || owner.getName() == null ? "" : owner.getName();
        });
    }

    static Component findNamed(Container root, String name) {
        return allComponents(root).stream().filter(c -> name.equals(c.getName())).findFirst().orElse(null);
    }

    static List<Component> allComponents(Container root) {
        List<Component> out = new ArrayList<>();
        for (Component c : root.getComponents()) {
            out.add(c);
            if (c instanceof Container inner) {
                out.addAll(allComponents(inner));
            }
        }
        return out;
    }
}
