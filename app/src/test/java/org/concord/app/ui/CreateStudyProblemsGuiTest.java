package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.ui.GuiTestSupport.find;
import static org.concord.app.ui.GuiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
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

/** The "new study" screen lists everything that is wrong at once and never overwrites an existing file. */
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
}
