package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.event.KeyEvent;
import org.concord.app.base.action.ActionModel;

/** Drives the kiosk by keyboard alone: waits for the focus before each key, tabs to a named control. */
abstract class KioskKeyboardSupport extends KioskGuiSupport {

    /** Opens the kiosk and starts a participant with Enter; the focus is then on the consent box. */
    void keyboardStart() {
        open();
        robot.moveMouse(kiosk.frame());
        waitForFocus(ActionModel.KIOSK_START.componentName());
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("welcome");
        waitForFocus("q.consent.box");
    }

    /** Opens the kiosk and reaches the "about" page by keyboard alone (Start, consent ticked, Enter). */
    void keyboardToAbout() {
        keyboardStart();
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("about");
        waitForFocus("q.role.leader");
    }

    void waitForFocus(String name) {
        waitFor("focus on " + name + " (now " + focusName() + ")", () -> name.equals(focusName()));
    }

    void waitForFocusIn(String question) {
        waitFor("focus in " + question + " (now " + focusName() + ")", () -> focusName().startsWith("q." + question
                + "."));
    }

    /** Presses Tab until {@code name} has the focus, waiting for each move. */
    void tabTo(String name) {
        for (int i = 0; i < 60 && !name.equals(focusName()); i++) {
            Component was = onEdt(() -> kiosk.frame().getFocusOwner());
            robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
            waitFor("focus to move on from " + (was == null ? null : was.getName()),
                    () -> kiosk.frame().getFocusOwner() != was);
        }
        assertThat(focusName()).as("focus after tabbing").isEqualTo(name);
    }

    String focusName() {
        return onEdt(() -> {
            Component owner = kiosk.frame().getFocusOwner();
            return owner == null || owner.getName() == null ? "" : owner.getName();
        });
    }
}
