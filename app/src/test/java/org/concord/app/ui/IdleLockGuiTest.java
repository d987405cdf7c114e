package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.ui.ResearcherGuiSupport.PIN;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.concord.app.base.GuiWait;
import org.concord.app.base.settings.SettingsStore;
import org.concord.study.Study;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 14: the researcher view locks itself after the idle time (a few seconds, set by the test) and shows a
 * PIN screen with nothing of the study; the PIN (typed, Enter) unlocks it. The view the researcher lands on after
 * leaving the kiosk with the PIN follows the same rule; the idle time is a setting with a control in the view.
 */
class IdleLockGuiTest {
    @TempDir
    Path dir;

    private ResearcherGui gui;
    private Path file;

    @BeforeEach
    void launch() {
        file = dir.resolve("secret-visit.concord");
        ResearcherGui.study(file, List.of(ResearcherGuiSupport.CARDIFF), PIN, null);
        try (Study study = Study.open(file)) {
            study.startSession("W06000015", "AB");
        }
        gui = ResearcherGuiSupport.launch(dir);
        gui.open(file, PIN);
    }

    @AfterEach
    void close() {
        gui.close();
    }

    /** Every text shown in the window: labels, buttons, text components, and the title. */
    private List<String> shownTexts() {
        return GuiActionRunner.execute(() -> {
            List<String> texts = new ArrayList<>();
            texts.add(gui.app.frame().getTitle());
            collect(gui.app.frame().getContentPane(), texts);
            return texts;
        });
    }

    private static void collect(Component c, List<String> texts) {
        if (!c.isShowing()) {
            return;
        }
        if (c instanceof JLabel label) {
            texts.add(label.getText());
        } else if (c instanceof AbstractButton button) {
            texts.add(button.getText());
        } else if (c instanceof JTextComponent text) {
            texts.add(text.getText());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, texts);
            }
        }
    }

    private boolean locked() {
        Component lock = GuiTestSupport.named(gui.app.frame(), "lockPanel");
        Component view = GuiTestSupport.named(gui.app.frame(), "researcherPanel");
        return lock != null && lock.isShowing() && (view == null || !view.isShowing());
    }

    @Test
    void theViewLocksWhenIdleAlsoAfterTheKioskAndThePinUnlocksIt() throws Exception {
        // The control in the view: 7 minutes, remembered in the settings file.
        gui.window.spinner("setup.idleMinutes").select(7);
        GuiWait.until("idle time saved", () -> new SettingsStore(dir.resolve("settings.properties")).load().idleLock(),
                idle -> idle.equals(Duration.ofMinutes(7)));

        // To the kiosk and back with the PIN; the idle time is now a few seconds.
        ResearcherGui.press(gui.window.button("action.startParticipants").target());
        FrameFixture kiosk = GuiTestSupport.frame(gui.robot, "kiosk");
        GuiWait.until("researcher window hidden", () -> gui.app.frame().isShowing(), showing -> !showing);
        GuiActionRunner.execute(() -> gui.app.changeIdleLock(Duration.ofSeconds(2)));
        kiosk.close();
        DialogFixture kioskPin = GuiTestSupport.dialog(gui.robot, "kiosk.pin");
        kioskPin.textBox("kiosk.pin.field").enterText(PIN).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiWait.until("researcher window back", () -> gui.app.frame().isShowing(), showing -> showing);

        // Nobody touches it: it locks, and nothing of the study is left to see.
        GuiWait.until("locked after the idle time", this::locked, locked -> locked);
        List<String> texts = shownTexts();
        assertThat(texts).as("texts shown while locked").noneMatch(t -> t != null
                && (t.contains("secret-visit") || t.contains("Cardiff") || t.contains("W06000015")
                || t.contains("AB")));
        assertThat(GuiActionRunner.execute(() -> GuiTestSupport.named(gui.app.frame(), "statusLine").isVisible()))
                .as("status line shown while locked").isFalse();
        GuiTestSupport.screenshot(gui.app.frame(), "issue15-locked");

        // Enter on the lock screen asks for the PIN; a wrong one is refused, the right one unlocks.
        GuiTestSupport.activate(gui.app.frame());
        gui.robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        DialogFixture unlock = GuiTestSupport.dialog(gui.robot, "unlock");
        GuiTestSupport.activate(unlock.target());
        unlock.textBox("unlock.field").enterText("1111").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiWait.until("wrong PIN said", () -> unlock.textBox("unlock.message").target().getText(),
                text -> text.contains("not right"));
        assertThat(locked()).as("still locked").isTrue();
        GuiWait.until("dialog ready", () -> unlock.button("unlock.ok").target().isEnabled(), ready -> ready);
        GuiActionRunner.execute(() -> {
            ((JPasswordField) unlock.textBox("unlock.field").target()).setText(PIN);
            unlock.button("unlock.ok").target().doClick();
        });
        GuiWait.until("unlocked: the researcher view shows", () -> {
            Component view = GuiTestSupport.named(gui.app.frame(), "researcherPanel");
            return view != null && view.isShowing();
        }, shown -> shown);
        // And the rule still holds after unlocking.
        GuiWait.until("locked again", this::locked, locked -> locked);
    }
}
