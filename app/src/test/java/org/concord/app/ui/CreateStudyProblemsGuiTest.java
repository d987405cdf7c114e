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
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.concord.app.base.GuiWait;
import org.concord.app.base.ProblemList;
import org.concord.app.base.settings.Settings;
import org.concord.app.base.settings.SettingsStore;
import org.concord.app.ui.AppLauncher;
import org.concord.app.ui.start.CreateStudyPanel;
import org.concord.study.LocalAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "new study" screen lists everything that is wrong at once and never overwrites an existing file; its LA table is
 * typed into by keyboard alone, Tab moving from the code to the name without joining the two.
 */
class CreateStudyProblemsGuiTest {
    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private AppController app;

    @BeforeEach
    void launch() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        app = GuiActionRunner.execute(() -> AppLauncher.open(new SettingsStore(dir.resolve("settings.properties")),
                Settings.DEFAULT));
        window = new FrameFixture(robot, app.frame());
        window.show(GuiTestSupport.WINDOW);
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    @Test
    void listsADuplicateCodeANameWithoutCodeDifferentPinsAndAnExistingFileTogetherAndKeepsTheFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("taken.concord"), "someone else's data");
        GuiTestSupport.openScreen(window, "action.newStudy", "createStudyPanel");
        CreateStudyPanel panel = (CreateStudyPanel) window.panel("createStudyPanel").target();
        GuiActionRunner.execute(() -> {
            panel.setLas(List.of(new LocalAuthority("W06000015", "Cardiff"), new LocalAuthority("", "Powys"),
                    new LocalAuthority("W06000015", "Caerdydd")));
            window.textBox("pin.first").target().setText("1234");
            window.textBox("pin.second").target().setText("1243");
            window.textBox("study.path").target().setText(existing.toString());
        });
        window.button("action.createStudy").click();
        waitUntil("problems listed", () -> find(robot, app.frame(), "create.problems", ProblemList.class).isShowing());
        List<String> problems = GuiActionRunner.execute(
                () -> find(robot, app.frame(), "create.problems", ProblemList.class).lines());
        assertThat(problems).containsExactly(
                "Local authority row 2 (Powys) has no code; type its code.",
                "Local authority row 3: the code W06000015 is already in the list; each code once.",
                "The two PINs are not the same; type the same PIN twice.",
                existing + " already exists; choose another name (an existing study is never overwritten).");
        assertThat(Files.readString(existing)).isEqualTo("someone else's data");
        assertThat(app.study()).isNull();
        assertThat(app.frame().status()).isEqualTo("4 things to fix before the study can be created");
    }

    @Test
    void tabMovesFromCodeToNameAndOnToTheNextRow() {
        GuiTestSupport.openScreen(window, "action.newStudy", "createStudyPanel");
        CreateStudyPanel panel = (CreateStudyPanel) window.panel("createStudyPanel").target();
        GuiActionRunner.execute(() -> window.button("action.addLa").target().requestFocusInWindow());
        GuiWait.equal("focus on Add", CreateStudyProblemsGuiTest::focusName, "action.addLa");
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        GuiWait.until("the new row's code cell edited", () -> window.table("las.table").target().getEditingRow(),
                row -> row == 0);
        robot.enterText("W06000015");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        GuiWait.equal("editing column after Tab", () -> window.table("las.table").target().getEditingColumn(), 1);
        robot.enterText("Cardiff");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        GuiWait.until("focus out of the table after the last cell", CreateStudyProblemsGuiTest::focusName,
                name -> !name.startsWith("las.table") && !name.startsWith("Table.editor"));
        robot.waitForIdle();
        List<LocalAuthority> rows = GuiActionRunner.execute(panel::laRows);
        assertThat(rows).as("LA rows typed by keyboard").containsExactly(new LocalAuthority("W06000015", "Cardiff"));
        // Shift+Tab goes back into the table's last cell, and a new name replaces the old one.
        robot.pressKey(KeyEvent.VK_SHIFT);
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        robot.releaseKey(KeyEvent.VK_SHIFT);
        GuiWait.equal("editing column after Shift+Tab", () -> window.table("las.table").target().getEditingColumn(),
                1);
        robot.enterText("Caerdydd");
        robot.pressKey(KeyEvent.VK_SHIFT);
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        robot.releaseKey(KeyEvent.VK_SHIFT);
        GuiWait.equal("editing column after Shift+Tab in the table", () -> window.table("las.table").target()
                .getEditingColumn(), 0);
        robot.waitForIdle();
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
