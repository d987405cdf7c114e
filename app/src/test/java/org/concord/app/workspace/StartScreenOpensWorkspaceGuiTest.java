package org.concord.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.workspace.WorkspaceGuiSupport.shoot;

import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.concord.app.ui.AppLauncher;
import org.concord.app.ui.AppController;
import org.concord.app.base.settings.Settings;
import org.concord.app.base.settings.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start screen's "Analyse data" button opens the analyst workspace, which follows the shell's language. */
class StartScreenOpensWorkspaceGuiTest {
    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture main;
    private FrameFixture workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.cleanUp();
        }
        main.cleanUp();
    }

    @Test
    void theStartScreenButtonOpensTheWorkspaceAndALanguageSwitchReachesIt() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        AppController app = GuiActionRunner.execute(() -> AppLauncher.open(store, Settings.DEFAULT));
        main = new FrameFixture(robot, app.frame());
        main.show(new java.awt.Dimension(1360, 850));
        shoot("workspace-start-screen-light-en-100", GuiActionRunner.execute(() -> app.frame().getBounds()));
        main.button("action.openWorkspace").requireText("Analyse data\u2026").click();
        workspace = WindowFinder.findFrame("workspaceFrame").using(robot);
        workspace.requireVisible();
        workspace.tabbedPane("workspaceTabs").requireTitle("Analysis", org.assertj.swing.data.Index.atIndex(0));
        // The workspace window lies over the main window, so the switch is made as its button does.
        GuiActionRunner.execute(() -> app.changeLanguage(org.concord.app.base.Messages.WELSH));
        robot.waitForIdle();
        workspace.tabbedPane("workspaceTabs").requireTitle("Dadansoddi", org.assertj.swing.data.Index.atIndex(0));
        assertThat(workspace.target().getTitle()).isEqualTo("Concord \u2013 gweithle dadansoddi");
        GuiActionRunner.execute(() -> app.changeLanguage(org.concord.app.base.Messages.ENGLISH));
    }
}
