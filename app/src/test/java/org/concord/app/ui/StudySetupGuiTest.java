package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.ui.ResearcherGuiSupport.PIN;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JPasswordField;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.concord.app.base.GuiWait;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 4: in the researcher view (behind the PIN) the LA list can be changed after creation (added,
 * renamed; an LA with answers is not removed and the dialog says why) and the PIN changed with the old one; both are
 * kept in the study file.
 */
class StudySetupGuiTest {
    @TempDir
    Path dir;

    private ResearcherGui gui;
    private Path file;

    @BeforeEach
    void launch() {
        file = dir.resolve("setup.concord");
        ResearcherGui.study(file, List.of(ResearcherGuiSupport.CARDIFF, ResearcherGuiSupport.SWANSEA), PIN, "AB");
        gui = ResearcherGuiSupport.launch(dir);
        gui.open(file, PIN);
    }

    @AfterEach
    void close() {
        gui.close();
    }

    @Test
    void lasAreAddedAndRenamedAnLaWithAnswersStaysAndTheListIsSavedInTheFile() {
        ResearcherGui.press(gui.window.button("setup.las").target());
        DialogFixture dialog = GuiTestSupport.dialog(gui.robot, "laEdit");
        GuiTestSupport.activate(dialog.target());
        // Cardiff has answers: removing it is refused, with the reason.
        // Selected and edited on the event thread: a robot click aims at the dialog's AWT location, which without a
        // window manager can be 0,0 while X shows the dialog centred.
        GuiActionRunner.execute(() -> dialog.table("laEdit.table").target().setRowSelectionInterval(0, 1));
        ResearcherGui.press(dialog.button("laEdit.remove").target());
        String problems = GuiWait.until("the reason shown", () -> dialog.textBox("laEdit.problems").target().getText(),
                text -> !text.isBlank());
        assertThat(problems).contains("Cardiff (W06000015) has fieldwork sessions or answers").contains("rename");
        assertThat(dialog.table("laEdit.table").target().getRowCount()).as("rows left").isEqualTo(1);
        // Rename Cardiff by keyboard; its code cannot be edited.
        assertThat(GuiActionRunner.execute(() -> dialog.table("laEdit.table").target().isCellEditable(0, 0))).isFalse();
        javax.swing.text.JTextComponent nameEditor = GuiActionRunner.execute(() -> {
            javax.swing.JTable table = dialog.table("laEdit.table").target();
            table.editCellAt(0, 1);
            javax.swing.text.JTextComponent editor = (javax.swing.text.JTextComponent)
                    ((javax.swing.DefaultCellEditor) table.getCellEditor()).getComponent();
            editor.setText("");
            editor.requestFocusInWindow();
            return editor;
        });
        GuiWait.until("the name cell's editor focused", () -> GuiActionRunner.execute(nameEditor::isFocusOwner),
                focused -> focused);
        gui.robot.enterText("Caerdydd");
        gui.robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        // Add Powys: code, Tab, name, Enter.
        ResearcherGui.press(dialog.button("laEdit.add").target());
        gui.robot.enterText("W06000023");
        gui.robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        gui.robot.enterText("Powys");
        gui.robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiTestSupport.screenshot(dialog.target(), "issue15-la-dialog");
        ResearcherGui.press(dialog.button("laEdit.save").target());
        GuiWait.equal("status", gui::status, "Saved the list of 2 local authorities");
        try (Study study = Study.openReadOnly(file)) {
            assertThat(study.las()).containsExactly(new LocalAuthority("W06000015", "Caerdydd"),
                    new LocalAuthority("W06000023", "Powys"));
        }
        GuiWait.until("the view shows the new list", () -> gui.window.comboBox("session.la").target().getItemCount(),
                count -> count == 2);
    }

    @Test
    void thePinChangesOnlyWithTheOldPinAndANewPinThatFollowsTheRule() {
        ResearcherGui.press(gui.window.button("setup.pin").target());
        DialogFixture dialog = GuiTestSupport.dialog(gui.robot, "pinChange");
        type(dialog, "1111", "2468", "2468");
        GuiWait.until("wrong old PIN said", () -> dialog.textBox("pinChange.message").target().getText(),
                text -> text.contains("current PIN is not right"));
        type(dialog, PIN, "2468", "2469");
        GuiWait.until("mismatch said", () -> dialog.textBox("pinChange.message").target().getText(),
                text -> text.contains("not the same"));
        type(dialog, PIN, "24", "24");
        GuiWait.until("too short said", () -> dialog.textBox("pinChange.message").target().getText(),
                text -> text.contains("too short"));
        GuiTestSupport.screenshot(dialog.target(), "issue15-pin-dialog");
        type(dialog, PIN, "2468", "2468");
        GuiWait.until("PIN changed", gui::status, status -> status.contains("PIN is changed"));
        assertThat(dialog.target().isShowing()).isFalse();
        Study study = GuiActionRunner.execute(gui.app::study);
        assertThat(study.checkPin("2468".toCharArray())).isTrue();
        assertThat(study.checkPin(PIN.toCharArray())).isFalse();
    }

    /** Types the current PIN and the new one twice, and presses Enter in the last field. */
    private void type(DialogFixture dialog, String current, String fresh, String again) {
        GuiWait.until("dialog ready", () -> dialog.button("pinChange.ok").target().isEnabled(), ready -> ready);
        GuiActionRunner.execute(() -> {
            ((JPasswordField) dialog.textBox("pinChange.field").target()).setText(current);
            ((JPasswordField) dialog.textBox("pinChange.new").target()).setText(fresh);
            ((JPasswordField) dialog.textBox("pinChange.again").target()).setText(again);
            dialog.button("pinChange.ok").target().doClick();
        });
    }
}
