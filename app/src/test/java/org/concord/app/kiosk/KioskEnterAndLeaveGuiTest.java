package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Window;
import java.awt.event.KeyEvent;
import javax.swing.text.JTextComponent;
import org.concord.app.base.action.ActionModel;
import org.concord.app.ui.GuiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Keyboard only: Enter always means Next, as the tips say, even on a focused Back button (Space presses a focused
 * button); leaving with the PIN in the middle of a participant says what happens to them before the PIN is typed.
 */
class KioskEnterAndLeaveGuiTest extends KioskKeyboardSupport {
    private static final String BACK = ActionModel.KIOSK_BACK.componentName();

    @Test
    void enterOnAFocusedBackButtonGoesToTheNextPageAndSpaceGoesBack() {
        keyboardToAbout();
        robot.pressAndReleaseKeys(KeyEvent.VK_2);
        waitFor("role by digit", () -> "worker".equals(kiosk.session().answer("role")));
        waitForFocus("q.years.text");
        robot.enterText("4");
        tabTo(BACK);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        // Enter on Back: forward to the next page (no leaders page for a worker), never back to the welcome page.
        waitFor("a page other than about after Enter on Back (now " + pageName() + ")",
                () -> !"about".equals(kiosk.session().currentPageName()));
        assertThat(pageName()).as("page after Enter on the focused Back button").isEqualTo("views");
        tabTo(BACK);
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        waitForPage("about");
        waitSaved();
        assertThat(stored()).as("answers stored").containsEntry("role", "worker").containsEntry("years", "4");
    }

    @Test
    void leavingMidParticipantSaysTheirAnswersAreKeptAndTheyCanBeResumed() {
        keyboardToAbout();
        robot.pressAndReleaseKeys(KeyEvent.VK_2);
        waitFor("role by digit", () -> "worker".equals(kiosk.session().answer("role")));
        waitSaved();
        String code = onEdt(() -> kiosk.participant().code());
        waitForFocus("q.years.text");
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(KeyEvent.VK_F4);
        robot.releaseKey(KeyEvent.VK_ALT);
        waitFor("the PIN dialog", () -> pinDialog() != null);
        String prompt = onEdt(() -> texts(pinDialog()));
        System.out.println("PIN dialog mid-participant says: " + prompt);
        System.out.println("screenshot: " + GuiTestSupport.screenshot(kiosk.frame(), "kiosk-pin-unfinished-en"));
        assertThat(prompt).as("PIN dialog text").contains("Participant " + code + " has not finished")
                .contains("keeps every answer given so far").contains("resumed later at the page where they stopped");
        // Escape is Cancel: the participant goes on where they were.
        waitFor("the PIN dialog has the keyboard", () -> pinDialog() != null && pinDialog().isFocused());
        robot.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("the PIN dialog closed", () -> pinDialog() == null);
        waitFor("kiosk focused again", () -> kiosk.frame().isFocused() && kiosk.frame().getFocusOwner() != null);
        assertThat(pageName()).as("page after cancelling").isEqualTo("about");
        assertThat(onEdt(() -> kiosk.session().answer("role"))).as("role after cancelling").isEqualTo("worker");
    }

    @Test
    void betweenParticipantsThePinDialogHasNoWarning() {
        open();
        waitForFocus(ActionModel.KIOSK_START.componentName());
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(KeyEvent.VK_F4);
        robot.releaseKey(KeyEvent.VK_ALT);
        waitFor("the PIN dialog", () -> pinDialog() != null);
        String prompt = onEdt(() -> texts(pinDialog()));
        System.out.println("PIN dialog between participants says: " + prompt);
        assertThat(prompt).as("PIN dialog text").contains("Enter the researcher PIN").doesNotContain("not finished");
        waitFor("the PIN dialog has the keyboard", () -> pinDialog() != null && pinDialog().isFocused());
        robot.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("the PIN dialog closed", () -> pinDialog() == null);
    }

    private static Dialog pinDialog() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Dialog d && d.isShowing() && "kiosk.pin".equals(d.getName())) {
                return d;
            }
        }
        return null;
    }

    /** Every non-editable text shown in {@code c}, joined. */
    private static String texts(Component c) {
        StringBuilder out = new StringBuilder();
        if (c instanceof JTextComponent t && !t.isEditable()) {
            out.append(t.getText()).append(' ');
        }
        if (c instanceof Container box) {
            for (Component child : box.getComponents()) {
                out.append(texts(child));
            }
        }
        return out.toString();
    }
}
