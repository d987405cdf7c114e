package org.concord.app.kiosk;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.concord.app.base.action.ActionModel;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.session.FormSession;

/** Kiosk GUI tests on an XLSForm written as a CSV folder, driven by keyboard only. */
abstract class KioskCsvFormSupport extends KioskGuiSupport {

    /** A choices sheet with the list {@code yes_no}: yes, no. */
    static final String YES_NO_CHOICES = """
            list_name,name,label
            yes_no,yes,Yes
            yes_no,no,No
            """;

    /** The kiosk's page heading now. */
    String title() {
        javax.swing.text.JTextComponent title = window.textBox("kiosk.title").target();
        return onEdt(title::getText);
    }

    /** Writes the sheets (file name to CSV text) into a folder of the test's directory and loads the form. */
    Form csvForm(Map<String, String> sheets) {
        Path folder = dir.resolve("form");
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> sheet : sheets.entrySet()) {
                Files.writeString(folder.resolve(sheet.getKey()), sheet.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FormLoader.load(folder);
    }

    /** The name of the component holding the keyboard focus, or "". */
    String focusName() {
        return onEdt(() -> {
            Component owner = kiosk.frame().getFocusOwner();
            return owner == null || owner.getName() == null ? "" : owner.getName();
        });
    }

    void waitForFocus(String name) {
        waitFor(name + " focused (now " + focusName() + ")", () -> name.equals(focusName()));
    }

    /** Starts a participant with Enter on the start screen and waits for their first page. */
    void startByKeyboard(String firstPage) {
        // Xvfb has no window manager: point at the kiosk (no click) as a window manager would have focused it.
        robot.moveMouse(kiosk.frame());
        waitForFocus(ActionModel.KIOSK_START.componentName());
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage(firstPage);
    }

    /** From the last page: Enter to the review page, Enter on Submit; returns the participant submitted. */
    UUID submitByKeyboard() {
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage(FormSession.REVIEW_PAGE);
        waitForFocus(ActionModel.KIOSK_SUBMIT.componentName());
        UUID id = onEdt(() -> kiosk.participant().id());
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("thank-you page", () -> kiosk.session() == null && kiosk.writer().pending() == 0);
        return id;
    }

    /**
     * From the field just typed, Tab to the repeat instance's Delete button, check that it reads {@code words}, and
     * press Space: returns the dialog that asks to confirm.
     */
    org.assertj.swing.fixture.DialogFixture tabToDelete(String words) {
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus(InstanceDelete.NAME);
        javax.swing.JButton delete = window.button(InstanceDelete.NAME).target();
        org.assertj.core.api.Assertions.assertThat(onEdt(delete::getText)).as("the Delete button").isEqualTo(words);
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        return org.concord.app.ui.GuiTestSupport.dialog(robot, InstanceDelete.NAME + ".dialog");
    }

    /** The answer the session on screen holds for {@code question}. */
    String answer(String question) {
        return onEdt(() -> kiosk.session().answer(question));
    }

    /** Presses {@code key} with Shift held. */
    void shifted(int key) {
        robot.pressKey(KeyEvent.VK_SHIFT);
        try {
            robot.pressAndReleaseKey(key);
        } finally {
            robot.releaseKey(KeyEvent.VK_SHIFT);
        }
    }
}
