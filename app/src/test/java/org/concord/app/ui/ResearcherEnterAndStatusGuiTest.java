package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.concord.app.base.GuiWait;
import org.concord.app.ui.start.CreateStudyPanel;
import org.concord.study.LocalAuthority;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, items 12 and 8: Enter in the Save-as field creates the study and Enter in the initials field starts the
 * session (typed with the keyboard); the status line does not outlive the study it spoke of, nor a language switch.
 */
class ResearcherEnterAndStatusGuiTest extends ResearcherWindowSupport {
    @Test
    void enterCreatesTheStudyAndStartsTheSessionAndTheStatusLineIsClearedWhenStale() {
        Path file = dir.resolve("enter.concord");
        GuiTestSupport.pressShortcut(gui.robot, KeyEvent.VK_N);
        GuiWait.until("new study screen", () -> GuiTestSupport.named(gui.app.frame(), "createStudyPanel") != null,
                shown -> shown);
        CreateStudyPanel panel = (CreateStudyPanel) GuiActionRunner.execute(
                () -> GuiTestSupport.named(gui.app.frame(), "createStudyPanel"));
        GuiActionRunner.execute(() -> panel.setLas(List.of(new LocalAuthority("W06000015", "Cardiff"))));
        gui.window.textBox("pin.first").enterText("2468");
        gui.window.textBox("pin.second").enterText("2468");
        // Typed, then Enter: the study is created without reaching for the button.
        gui.window.textBox("study.path").enterText(file.toString());
        gui.window.textBox("study.path").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiWait.until("study created by Enter in Save as", () -> gui.app.study() != null, open -> open);
        assertThat(Files.exists(file)).as("study file %s", file).isTrue();

        gui.window.textBox("session.initials").enterText("AB");
        gui.window.textBox("session.initials").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiWait.until("session started by Enter in the initials", () -> gui.window.textBox("session.details")
                .target().isShowing(), shown -> shown);
        assertThat(gui.status()).isEqualTo("Session started in Cardiff");

        // A language switch: the English status line is not left standing under Welsh screens.
        gui.window.toggleButton("action.languageWelsh").click();
        GuiWait.equal("status after switching to Welsh", gui::status, "");
        gui.window.toggleButton("action.languageEnglish").click();

        gui.window.button("action.endSession").click();
        GuiWait.equal("status after ending the session", gui::status, "Session ended");
        // Closing the study: what the status line said was about it.
        GuiTestSupport.pressShortcut(gui.robot, KeyEvent.VK_W);
        GuiWait.until("study closed", () -> gui.app.study() == null, closed -> closed);
        GuiWait.equal("status after closing the study", gui::status, "");
    }
}
