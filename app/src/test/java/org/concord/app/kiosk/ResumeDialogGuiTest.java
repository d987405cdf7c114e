package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.concord.app.base.Appearance;
import org.concord.app.base.Language;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.concord.app.ui.GuiTestSupport;
import org.concord.app.ui.researcher.ResumeDialog;
import org.concord.study.LocalAuthority;
import org.concord.study.Participant;
import org.concord.study.ParticipantState;
import org.concord.study.Study;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The resume dialog names the page where a participant stopped as they saw it, with its position ("Your views (3 of
 * 5)"), and the LA by name and code; Enter resumes the selected participant, Escape is "not now". Keyboard only.
 */
class ResumeDialogGuiTest extends KioskGuiSupport {

    @AfterEach
    void releaseRobot() {
        if (robot != null) {
            robot.cleanUp();
        }
        GuiActionRunner.execute(() -> Appearance.apply(Theme.LIGHT, 1f));
    }

    @Test
    void thePageIsNamedAsTheParticipantSawItAndEnterResumes() {
        GuiActionRunner.execute(() -> Appearance.apply(Theme.LIGHT, 1f));
        study = Study.create(dir.resolve("fieldwork.concord"), KioskTestForm.form(),
                List.of(new LocalAuthority(LA, "Cardiff")), PIN.toCharArray());
        fieldwork = study.startSession(LA, "AB");
        Participant p = study.createParticipant(fieldwork.id(), Language.ENGLISH);
        study.saveAnswer(p.id(), "consent", "OK", Language.ENGLISH);
        study.saveAnswer(p.id(), "role", "worker", Language.ENGLISH);
        study.recordParadata(p.id(), KioskController.PAGE_SHOWN, "views");
        List<ParticipantState> unfinished = study.unfinished();
        robot = BasicRobot.robotWithNewAwtHierarchy();

        // English: the page's label and its place among the worker's five pages (no leaders page), then Enter.
        AtomicReference<ParticipantState> chosen = new AtomicReference<>();
        AtomicBoolean closed = new AtomicBoolean();
        show(Language.ENGLISH, unfinished, chosen, closed);
        DialogFixture dialog = dialog();
        String[][] rows = dialog.table("resume.table").contents();
        System.out.println("resume dialog (en): " + java.util.Arrays.deepToString(rows));
        System.out.println("screenshot: " + GuiTestSupport.screenshot(dialog.target(), "resume-dialog-en-light-100"));
        assertThat(rows[0][3]).as("last page").isEqualTo("Your views (3 of 5)");
        assertThat(rows[0][1]).as("LA").isEqualTo("Cardiff (W06000015)");
        waitFor("the dialog has the keyboard", () -> dialog.target().isFocused());
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the dialog closed by Enter", closed::get);
        assertThat(chosen.get()).as("participant chosen by Enter").isNotNull();
        assertThat(chosen.get().participant().id()).isEqualTo(p.id());

        // Cymraeg: the page in Welsh; Escape is "not now".
        chosen.set(null);
        closed.set(false);
        GuiActionRunner.execute(() -> Appearance.apply(Theme.DARK, 2f));
        show(Language.WELSH, unfinished, chosen, closed);
        DialogFixture welsh = dialog();
        rows = welsh.table("resume.table").contents();
        System.out.println("resume dialog (cy): " + java.util.Arrays.deepToString(rows));
        System.out.println("screenshot: " + GuiTestSupport.screenshot(welsh.target(), "resume-dialog-cy-dark-200"));
        assertThat(rows[0][3]).as("last page in Welsh").isEqualTo("Eich barn (3 o 5)");
        waitFor("the dialog has the keyboard", () -> welsh.target().isFocused());
        robot.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("the dialog closed by Escape", closed::get);
        assertThat(chosen.get()).as("participant chosen after Escape").isNull();
    }

    private void show(String language, List<ParticipantState> unfinished, AtomicReference<ParticipantState> chosen,
                      AtomicBoolean closed) {
        Texts texts = new Texts("app", Language.ofCode(language));
        SwingUtilities.invokeLater(() -> {
            chosen.set(ResumeDialog.choose(null, texts, unfinished, study.form(), study.las()));
            closed.set(true);
        });
    }

    private DialogFixture dialog() {
        return WindowFinder.findDialog("resumeDialog").withTimeout(30_000).using(robot);
    }
}
