package org.concord.app.workspace;

import static org.concord.app.workspace.WorkspaceGuiSupport.waitFor;

import java.awt.Dimension;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JSpinner;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.concord.app.base.Appearance;
import org.concord.app.base.Language;
import org.concord.app.base.Messages;
import org.concord.app.base.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace window of a GUI test, opened before each test in the light theme at 100% and in English, and put back
 * to them when it closes after the test, so that a test that changed the appearance or the language leaves none of it
 * to the next.
 */
abstract class WorkspaceWindowSupport {
    /** The language the window follows (English when it opens). */
    final Language shared = new Language(Messages.ENGLISH);

    @TempDir
    Path dir;

    Robot robot;
    FrameFixture window;
    WorkspaceFrame frame;

    /** The size of the window, placed at the screen's top left; null for the size it opens with by itself. */
    abstract Dimension size();

    @BeforeEach
    final void openWorkspace() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        frame = GuiActionRunner.execute(() -> {
            Appearance.apply(Theme.LIGHT, 1f);
            shared.set(Messages.ENGLISH);
            return new WorkspaceFrame(shared);
        });
        window = new FrameFixture(robot, frame);
        Dimension size = size();
        if (size == null) {
            window.show(GuiActionRunner.execute(() -> frame.getSize()));
        } else {
            window.show(size);
            GuiActionRunner.execute(() -> frame.setBounds(0, 0, size.width, size.height));
        }
    }

    @AfterEach
    final void closeWorkspace() {
        GuiActionRunner.execute(() -> {
            Appearance.apply(Theme.LIGHT, 1f);
            shared.set(Messages.ENGLISH);
        });
        window.cleanUp();
    }

    /**
     * Analyses {@code responses} with {@code rates} as the analyst would (999 permutations, 199 bootstrap resamples)
     * and waits up to {@code seconds} for the result.
     */
    void analyse(Path responses, Path rates, int seconds) {
        GuiActionRunner.execute(() -> {
            frame.analysis().inputs().addInputs(List.of(responses));
            frame.analysis().setRatesFile(rates);
        });
        waitFor("the rate columns", 30, () -> window.comboBox("rateColumn").target().getItemCount() > 0);
        set("permutations", 999);
        set("bootstrap", 199);
        window.button("run").click();
        waitFor("the result", seconds, () -> window.button("run").target().isEnabled()
                && frame.analysis().results().result() != null);
    }

    /** Sets a spinner as typing would (under Xvfb without a window manager a field cannot always take focus). */
    void set(String spinner, Object value) {
        JSpinner target = window.spinner(spinner).target();
        GuiActionRunner.execute(() -> target.setValue(value));
    }
}
