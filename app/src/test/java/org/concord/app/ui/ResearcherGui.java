package org.concord.app.ui;

import java.nio.file.Path;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.concord.app.base.GuiWait;
import org.concord.app.base.settings.Settings;
import org.concord.app.base.settings.SettingsStore;
import org.concord.forms.FormLoader;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.Participant;
import org.concord.study.Study;

/**
 * The researcher window of the issue-15 GUI tests: launched with given settings, studies made on disk, opened by the
 * PIN, file choosers answered. Dialogs are answered through their components, as Xvfb without a window manager does
 * not always give a new dialog the keyboard.
 */
final class ResearcherGui implements AutoCloseable {
    final Robot robot;
    final FrameFixture window;
    final AppController app;

    ResearcherGui(Path settingsFile, Settings settings) {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        app = GuiActionRunner.execute(() -> AppLauncher.open(new SettingsStore(settingsFile), settings));
        window = new FrameFixture(robot, app.frame());
        window.show(GuiTestSupport.WINDOW);
    }

    /** A study at {@code file} with {@code las}, and (with {@code initials}) one finished participant in the first LA. */
    static void study(Path file, List<LocalAuthority> las, String pin, String initials) {
        try (Study study = Study.create(file, FormLoader.loadBundled(FormLoader.DEFAULT_FORM), las, pin.toCharArray())) {
            if (initials != null) {
                FieldworkSession session = study.startSession(las.get(0).code(), initials);
                Participant p = study.createParticipant(session.id(), "en");
                String role = study.form().choicesOf(study.form().roleQuestion().orElseThrow()).orElseThrow()
                        .choices().get(0).name();
                study.saveAnswer(p.id(), "role", role, "en");
                study.markComplete(p.id());
                study.endSession(session.id());
            }
        }
    }

    /** Opens {@code file}, types {@code pin} into the PIN dialog and waits for the researcher view. */
    void open(Path file, String pin) {
        GuiActionRunner.execute(() -> app.open(file));
        answerPin("pin", pin);
        GuiWait.until("researcher view", () -> app.study() != null
                && window.table("progress.table").target().isShowing(), shown -> shown);
    }

    /** Types {@code pin} into the PIN dialog called {@code name} and presses its OK button. */
    DialogFixture answerPin(String name, String pin) {
        DialogFixture dialog = GuiTestSupport.dialog(robot, name);
        GuiActionRunner.execute(() -> {
            ((JPasswordField) dialog.textBox(name + ".field").target()).setText(pin);
            dialog.button(name + ".ok").target().doClick();
        });
        return dialog;
    }

    /** The file chooser that is open. */
    JFileChooserFixture chooser() {
        return JFileChooserFinder.findFileChooser("fileChooser").withTimeout(30_000).using(robot);
    }

    /** Answers the file chooser that is open with {@code file} (open or save). */
    void choose(Path file) {
        JFileChooserFixture chooser = chooser();
        GuiActionRunner.execute(() -> {
            chooser.target().setSelectedFile(file.toFile());
            chooser.target().approveSelection();
        });
    }

    /**
     * Presses {@code button} as a click would, without waiting for what it opens (a modal dialog would block): a robot
     * click can be lost on a loaded machine without a window manager, and these steps are not about the mouse.
     */
    static void press(AbstractButton button) {
        SwingUtilities.invokeLater(button::doClick);
    }

    /** The text of the status line. */
    String status() {
        return GuiActionRunner.execute(() -> app.frame().status());
    }

    @Override
    public void close() {
        Study study = GuiActionRunner.execute(app::study);
        window.cleanUp();
        if (study != null) {
            study.close();
        }
    }
}
