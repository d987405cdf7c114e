package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.ui.GuiTestSupport.find;
import static org.concord.app.ui.GuiTestSupport.waitUntil;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.concord.app.base.GuiWait;
import org.concord.app.base.ProblemList;
import org.concord.app.ui.start.CreateStudyPanel;
import org.concord.study.LocalAuthority;
import org.junit.jupiter.api.Test;

/**
 * The "new study" screen lists everything that is wrong at once and never overwrites an existing file; its LA table is
 * typed into by keyboard alone, Tab moving from the code to the name without joining the two.
 */
class CreateStudyProblemsGuiTest extends ResearcherWindowSupport {
    @Test
    void listsADuplicateCodeANameWithoutCodeDifferentPinsAndAnExistingFileTogetherAndKeepsTheFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("taken.concord"), "someone else's data");
        GuiTestSupport.openScreen(gui.window, "action.newStudy", "createStudyPanel");
        CreateStudyPanel panel = (CreateStudyPanel) gui.window.panel("createStudyPanel").target();
        GuiActionRunner.execute(() -> {
            panel.setLas(List.of(new LocalAuthority("W06000015", "Cardiff"), new LocalAuthority("", "Powys"),
                    new LocalAuthority("W06000015", "Caerdydd")));
            gui.window.textBox("pin.first").target().setText("1234");
            gui.window.textBox("pin.second").target().setText("1243");
            gui.window.textBox("study.path").target().setText(existing.toString());
        });
        gui.window.button("action.createStudy").click();
        waitUntil("problems listed", () -> find(gui.robot, gui.app.frame(), "create.problems", ProblemList.class)
                .isShowing());
        List<String> problems = GuiActionRunner.execute(
                () -> find(gui.robot, gui.app.frame(), "create.problems", ProblemList.class).lines());
        assertThat(problems).containsExactly(
                "Local authority row 2 (Powys) has no code; type its code.",
                "Local authority row 3: the code W06000015 is already in the list; each code once.",
                "The two PINs are not the same; type the same PIN twice.",
                existing + " already exists; choose another name (an existing study is never overwritten).");
        assertThat(Files.readString(existing)).isEqualTo("someone else's data");
        assertThat(gui.app.study()).isNull();
        assertThat(gui.app.frame().status()).isEqualTo("4 things to fix before the study can be created");
    }

    @Test
    void tabMovesFromCodeToNameAndOnToTheNextRow() {
        GuiTestSupport.openScreen(gui.window, "action.newStudy", "createStudyPanel");
        CreateStudyPanel panel = (CreateStudyPanel) gui.window.panel("createStudyPanel").target();
        GuiActionRunner.execute(() -> gui.window.button("action.addLa").target().requestFocusInWindow());
        GuiWait.equal("focus on Add", CreateStudyProblemsGuiTest::focusName, "action.addLa");
        gui.robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        GuiWait.until("the new row's code cell edited", () -> gui.window.table("las.table").target().getEditingRow(),
                row -> row == 0);
        gui.robot.enterText("W06000015");
        gui.robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        GuiWait.equal("editing column after Tab", () -> gui.window.table("las.table").target().getEditingColumn(), 1);
        gui.robot.enterText("Cardiff");
        gui.robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        GuiWait.until("focus out of the table after the last cell", CreateStudyProblemsGuiTest::focusName,
                name -> !name.startsWith("las.table") && !name.startsWith("Table.editor"));
        gui.robot.waitForIdle();
        List<LocalAuthority> rows = GuiActionRunner.execute(panel::laRows);
        assertThat(rows).as("LA rows typed by keyboard").containsExactly(new LocalAuthority("W06000015", "Cardiff"));
        // Shift+Tab goes back into the table's last cell, and a new name replaces the old one.
        gui.robot.pressKey(KeyEvent.VK_SHIFT);
        gui.robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        gui.robot.releaseKey(KeyEvent.VK_SHIFT);
        GuiWait.equal("editing column after Shift+Tab", () -> gui.window.table("las.table").target().getEditingColumn(),
                1);
        gui.robot.enterText("Caerdydd");
        gui.robot.pressKey(KeyEvent.VK_SHIFT);
        gui.robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        gui.robot.releaseKey(KeyEvent.VK_SHIFT);
        GuiWait.equal("editing column after Shift+Tab in the table", () -> gui.window.table("las.table").target()
                .getEditingColumn(), 0);
        gui.robot.waitForIdle();
        assertThat(GuiActionRunner.execute(panel::laRows)).as("LA rows after editing the name again")
                .containsExactly(new LocalAuthority("W06000015", "Caerdydd"));
    }

    private static String focusName() {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        if (owner == null) {
            return "";
        }
        for (Component c = owner; c != null; c = c.getParent()) {
            if (c.getName() != null) {
                return c.getName() + (c == owner ? "" : "/" + owner.getClass().getSimpleName());
            }
        }
        return owner.getClass().getSimpleName();
    }
}
