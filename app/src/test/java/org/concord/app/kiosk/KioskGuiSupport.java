package org.concord.app.kiosk;

import com.formdev.flatlaf.FlatLightLaf;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.concord.app.base.GuiWait;
import org.concord.app.base.Language;
import org.concord.app.base.action.ActionModel;
import org.concord.forms.Form;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Opens the real kiosk on a real study file in a temporary folder and drives it with assertj-swing under Xvfb. */
abstract class KioskGuiSupport {
    static final String PIN = "2468";
    static final String LA = "W06000015";

    @TempDir
    Path dir;
    Study study;
    FieldworkSession fieldwork;
    Robot robot;
    FrameFixture window;
    KioskController kiosk;
    final AtomicBoolean exited = new AtomicBoolean();

    @BeforeAll
    static void checkThreads() {
        FailOnThreadViolationRepaintManager.install();
    }

    /** Creates a study for {@code form} and opens the kiosk on a given store (null: the study itself). */
    void open(Form form, KioskStore store) {
        study = Study.create(dir.resolve("fieldwork.concord"), form, List.of(new LocalAuthority(LA, "Cardiff")),
                PIN.toCharArray());
        fieldwork = study.startSession(LA, "AB");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        // Faster than the defaults, still slow enough for Xvfb to deliver every event in order.
        robot.settings().delayBetweenEvents(15);
        robot.settings().eventPostingDelay(30);
        KioskStore used = store != null ? store : new StudyStore(study, fieldwork);
        if (store instanceof DelegatingStore delegating) {
            delegating.real = new StudyStore(study, fieldwork);
        }
        kiosk = GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            return KioskWindow.open(used, form, Language.ENGLISH, () -> exited.set(true));
        });
        window = new FrameFixture(robot, kiosk.frame());
        waitFor("the kiosk is showing and has the keyboard", () -> kiosk.frame().isShowing()
                && kiosk.frame().isFocused());
    }

    void open() {
        open(KioskTestForm.form(), null);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
        if (study != null) {
            study.close();
        }
    }

    static <T> T onEdt(Callable<T> call) {
        return GuiActionRunner.execute(call);
    }

    static void waitFor(String what, BooleanSupplier condition) {
        GuiWait.until(what, condition::getAsBoolean, Boolean.TRUE::equals);
    }

    /** Clicks the button {@code name} of {@code dialog} if it can be clicked now (a lost click may be repeated). */
    static void clickIfEnabled(org.assertj.swing.fixture.DialogFixture dialog, String name) {
        javax.swing.JButton button = dialog.button(name).target();
        GuiWait.press(button); // a dialog's button: see GuiWait.press
    }

    /** The name of the page on screen ({@code #review} on the review page), or null between participants. */
    String pageName() {
        return onEdt(() -> kiosk.session() == null ? null : kiosk.session().currentPageName());
    }

    void waitForPage(String name) {
        waitFor("page " + name, () -> kiosk.session() != null && name.equals(kiosk.session().currentPageName())
                && kiosk.writer().pending() >= 0);
        robot.waitForIdle();
    }

    /** The participant's answers as stored in the study file. */
    Map<String, String> stored() {
        return study.currentAnswers(onEdt(() -> kiosk.participant().id()));
    }

    /** Waits until the writer has nothing left to save. */
    void waitSaved() {
        waitFor("all saved", () -> kiosk.writer().pending() == 0);
    }

    /** The randomised order of the views page for the participant on screen. */
    List<String> viewsOrder() {
        return onEdt(() -> kiosk.session().randomizedOrders().get("views"));
    }

    /** Presses Start and waits for the first page. */
    void startParticipant() {
        // A lost click leaves the start screen as it was, so clicking again is harmless.
        GuiWait.clickUntil("the first page", () -> window.button(ActionModel.KIOSK_START.componentName()).click(),
                () -> kiosk.session() == null ? null : kiosk.session().currentPageName(), "welcome"::equals);
        robot.waitForIdle();
    }
}
