package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dialog;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.concord.app.base.Language;
import org.concord.app.base.action.ActionModel;
import org.concord.forms.Form;
import org.concord.study.ParticipantState;
import org.junit.jupiter.api.Test;

/** Messages next to questions, the language switch, leaving without the PIN, failed saves and resuming. */
class KioskRulesTest extends KioskGuiSupport {

    @Test
    void requiredAndConstraintMessagesAppearNextToTheQuestionInTheParticipantsLanguage() {
        open();
        startParticipant();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        window.textBox("q.consent.issue").requireVisible().requireText("Please confirm that you agree to take part.");
        assertThat(pageName()).isEqualTo("welcome");
        window.toggleButton(ActionModel.KIOSK_WELSH.componentName()).click();
        window.textBox("q.consent.issue").requireText("Cadarnhewch eich bod yn cytuno i gymryd rhan.");
        window.checkBox("q.consent.box").click();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("about");
        window.textBox("q.years.text").enterText("60");
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        // role has no required_message: the kiosk's own Welsh default; years has an English-only constraint message,
        // so a Welsh participant gets the kiosk's Welsh default rather than English.
        window.textBox("q.role.issue").requireText("Mae angen ateb y cwestiwn hwn.");
        window.textBox("q.years.issue").requireText("Nid yw'r ateb hwn yn bosibl yma. Gwiriwch ef, os gwelwch yn dda.");
        window.toggleButton(ActionModel.KIOSK_ENGLISH.componentName()).click();
        window.textBox("q.role.issue").requireText("This question needs an answer.");
        window.textBox("q.years.issue").requireText("Enter a number of years from 0 to 50.");
        window.textBox("q.years.text").deleteText().enterText("ten");
        window.toggleButton("q.role.worker").click();
        window.textBox("q.years.issue").requireText("Please enter a whole number, such as 12.");
        assertThat(onEdt(() -> KioskParticipantFlowTest.findNamed(kiosk.frame(), "q.role.issue").isVisible())).isFalse();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        assertThat(pageName()).isEqualTo("about");
        window.textBox("q.years.text").deleteText().enterText("10");
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("views");
        waitSaved();
        assertThat(stored()).containsEntry("years", "10").containsEntry("role", "worker");
    }

    @Test
    void switchingLanguageMidFormKeepsEveryAnswerAndRelabelsEveryControl() {
        open();
        startParticipant();
        window.checkBox("q.consent.box").click();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("about");
        window.toggleButton("q.role.leader").click();
        window.textBox("q.years.text").enterText("7");
        window.toggleButton("q.lead_q.2").click();
        window.toggleButton(ActionModel.KIOSK_WELSH.componentName()).click();
        window.textBox("kiosk.title").requireText("Amdanoch chi");
        window.textBox("q.role.label").requireText("Pa un sy'n disgrifio'ch swydd orau?  (Gofynnol)");
        window.toggleButton("q.role.leader").requireSelected().requireText("Rheolwr gwasanaeth neu d\u00eem");
        window.textBox("q.years.text").requireText("7");
        window.toggleButton("q.lead_q.2").requireSelected();
        assertThat(window.toggleButton("q.lead_q.2").target().getText()).contains("Anghytuno");
        window.button(ActionModel.KIOSK_NEXT.componentName()).requireText("Nesaf");
        window.button(ActionModel.KIOSK_BACK.componentName()).requireText("Yn \u00f4l");
        window.button(ActionModel.KIOSK_RESEARCHER.componentName()).requireText("Ymchwilydd");
        window.progressBar("kiosk.progress").requireText("Tudalen 2 o 6");
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("leaders");
        window.button(ActionModel.KIOSK_BACK.componentName()).click();
        waitForPage("about");
        window.toggleButton(ActionModel.KIOSK_ENGLISH.componentName()).click();
        window.textBox("q.role.label").requireText("Which best describes your role?  (Required)");
        window.textBox("q.years.text").requireText("7");
        waitSaved();
        assertThat(stored()).containsEntry("role", "leader").containsEntry("years", "7").containsEntry("lead_q", "2")
                .containsEntry("consent", "OK");
        UUID id = onEdt(() -> kiosk.participant().id());
        assertThat(study.paradata(id)).filteredOn(e -> e.event().equals("language"))
                .extracting(e -> e.detail()).containsExactly("cy", "en");
    }

    @Test
    void theKioskCannotBeLeftWithoutThePin() {
        open();
        startParticipant();
        // The window manager's close (and Alt+F4) asks for the PIN; the kiosk stays.
        window.close();
        DialogFixture pin = pinDialog();
        pin.button("kiosk.pin.cancel").click();
        assertThat(onEdt(() -> kiosk.frame().isDisplayable() && kiosk.frame().isShowing())).isTrue();
        // Cancelled: the kiosk takes the keyboard back itself (no window manager here to give it back).
        waitFor("kiosk focused after the PIN was cancelled", () -> kiosk.frame().isFocused());
        window.checkBox("q.consent.box").click();
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        robot.waitForIdle();
        assertThat(onEdt(() -> kiosk.frame().isShowing() && kiosk.session() != null)).isTrue();
        // The keys go to the focused window: make sure that is the kiosk before pressing them.
        waitFor("kiosk focused before Alt+F4", () -> kiosk.frame().isFocused()
                && kiosk.frame().getFocusOwner() != null);
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(KeyEvent.VK_F4);
        robot.releaseKey(KeyEvent.VK_ALT);
        pin = pinDialog();
        pin.textBox("kiosk.pin.field").enterText("1111");
        pin.button("kiosk.pin.ok").click();
        waitFor("wrong PIN message", () -> pin("kiosk.pin.message").contains("not right"));
        assertThat(exited).isFalse();
        assertThat(onEdt(() -> kiosk.frame().isShowing())).isTrue();
        pin.textBox("kiosk.pin.field").enterText(PIN);
        pin.button("kiosk.pin.ok").click();
        waitFor("researcher exit", exited::get);
        assertThat(onEdt(() -> kiosk.frame().isDisplayable())).isFalse();
        // The participant was not finished: they stay resumable.
        assertThat(study.unfinished()).hasSize(1);
    }

    @Test
    void theWindowIsFullScreenUndecoratedAndAlwaysOnTop() {
        open();
        assertThat(onEdt(() -> kiosk.frame().isUndecorated())).isTrue();
        assertThat(onEdt(() -> kiosk.frame().isAlwaysOnTop())).isTrue();
        assertThat(onEdt(() -> kiosk.frame().getBounds())).isEqualTo(onEdt(() -> kiosk.frame()
                .getGraphicsConfiguration().getBounds()));
        assertThat(onEdt(() -> kiosk.frame().getDefaultCloseOperation()))
                .isEqualTo(javax.swing.WindowConstants.DO_NOTHING_ON_CLOSE);
    }

    @Test
    void aFailedSaveShowsACalmMessageKeepsTheAnswerAndIsRetried() {
        AtomicBoolean diskFull = new AtomicBoolean();
        AtomicInteger refused = new AtomicInteger();
        Form form = KioskTestForm.form();
        // The real study file underneath; the wrapper refuses writes as a full disk would, until it is "freed".
        KioskStore[] real = new KioskStore[1];
        KioskStore failing = new KioskStore() {
            @Override
            public Form form() {
                return real[0].form();
            }

            @Override
            public KioskParticipant createParticipant(String language) {
                return real[0].createParticipant(language);
            }

            @Override
            public void saveAnswer(UUID participant, String item, String value, String language) {
                if (diskFull.get()) {
                    refused.incrementAndGet();
                    throw new IllegalStateException("database or disk is full");
                }
                real[0].saveAnswer(participant, item, value, language);
            }

            @Override
            public void recordParadata(UUID participant, String event, String detail) {
                real[0].recordParadata(participant, event, detail);
            }

            @Override
            public void markComplete(UUID participant) {
                real[0].markComplete(participant);
            }

            @Override
            public boolean checkPin(char[] pin) {
                return real[0].checkPin(pin);
            }
        };
        study = null;
        openWith(form, failing, real);
        startParticipant();
        diskFull.set(true);
        window.checkBox("q.consent.box").click();
        waitFor("calm message", () -> status().startsWith("Your last answer has not been saved yet"));
        window.checkBox("q.consent.box").requireSelected();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        // Nothing moves on as if it had been saved.
        robot.waitForIdle();
        assertThat(pageName()).isEqualTo("welcome");
        assertThat(refused.get()).isGreaterThanOrEqualTo(1);
        diskFull.set(false);
        waitForPage("about");
        waitFor("message cleared", () -> status().isEmpty());
        waitSaved();
        assertThat(stored()).containsEntry("consent", "OK");
        assertThat(refused.get()).isGreaterThanOrEqualTo(2);
    }

    private void openWith(Form form, KioskStore wrapper, KioskStore[] real) {
        // open() creates the study first, then the kiosk; the wrapper needs the real store in between.
        study = org.concord.study.Study.create(dir.resolve("fieldwork.concord"), form,
                List.of(new org.concord.study.LocalAuthority(LA, "Cardiff")), PIN.toCharArray());
        fieldwork = study.startSession(LA, "AB");
        real[0] = new StudyStore(study, fieldwork);
        robot = org.assertj.swing.core.BasicRobot.robotWithNewAwtHierarchy();
        kiosk = onEdt(() -> {
            com.formdev.flatlaf.FlatLightLaf.setup();
            return KioskWindow.open(wrapper, form, Language.ENGLISH, () -> exited.set(true));
        });
        window = new org.assertj.swing.fixture.FrameFixture(robot, kiosk.frame());
    }

    @Test
    void anUnfinishedParticipantResumesAtTheirPageWithTheirAnswers() {
        open();
        startParticipant();
        window.toggleButton(ActionModel.KIOSK_WELSH.componentName()).click();
        window.checkBox("q.consent.box").click();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("about");
        window.toggleButton("q.role.worker").click();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("views");
        List<String> order = viewsOrder();
        window.toggleButton("q." + order.get(0) + ".4").click();
        waitSaved();
        window.cleanUp();
        window = null;

        List<ParticipantState> unfinished = study.unfinished();
        assertThat(unfinished).hasSize(1);
        ParticipantState state = unfinished.get(0);
        assertThat(state.lastPage()).isEqualTo("views");
        robot = org.assertj.swing.core.BasicRobot.robotWithNewAwtHierarchy();
        kiosk = onEdt(() -> KioskWindow.resume(study, fieldwork, state, () -> exited.set(true)));
        window = new org.assertj.swing.fixture.FrameFixture(robot, kiosk.frame());
        waitForPage("views");
        assertThat(viewsOrder()).isEqualTo(order);
        window.toggleButton("q." + order.get(0) + ".4").requireSelected();
        window.textBox("kiosk.title").requireText("Eich barn");
        window.button(ActionModel.KIOSK_BACK.componentName()).click();
        waitForPage("about");
        window.toggleButton("q.role.worker").requireSelected();
    }

    private String status() {
        return onEdt(() -> ((javax.swing.text.JTextComponent) KioskParticipantFlowTest.findNamed(kiosk.frame(),
                "kiosk.status")).getText());
    }

    private String pin(String name) {
        return onEdt(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof Dialog d && d.isShowing() && "kiosk.pin".equals(d.getName())) {
                    return ((javax.swing.text.JTextComponent) KioskParticipantFlowTest.findNamed(d, name)).getText();
                }
            }
            return "";
        });
    }

    private DialogFixture pinDialog() {
        return WindowFinder.findDialog(new GenericTypeMatcher<Dialog>(Dialog.class) {
            @Override
            protected boolean isMatching(Dialog d) {
                return "kiosk.pin".equals(d.getName()) && d.isShowing();
            }
        }).withTimeout(10_000).using(robot);
    }

}
