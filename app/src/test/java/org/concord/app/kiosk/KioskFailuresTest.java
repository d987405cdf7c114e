package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dialog;
import java.awt.event.KeyEvent;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.swing.JPasswordField;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.concord.app.base.GuiWait;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.dialog.PinDialog;
import org.junit.jupiter.api.Test;

/** Failures that are not the participant's: a PIN that cannot be checked, and an Error while saving. */
class KioskFailuresTest extends KioskGuiSupport {

    @Test
    void aPinThatCannotBeCheckedIsSaidSoNotCalledWrong() {
        AtomicInteger checks = new AtomicInteger();
        open(KioskTestForm.form(), new DelegatingStore() {
            @Override
            public boolean checkPin(char[] pin) {
                if (checks.incrementAndGet() == 1) {
                    throw new IllegalStateException("study file is locked by another program");
                }
                return super.checkPin(pin);
            }
        });
        startParticipant();
        GuiWait.clickUntil("the PIN dialog", () -> window.button(ActionModel.KIOSK_RESEARCHER.componentName()).click(),
                () -> pinShowing(), Boolean.TRUE::equals);
        DialogFixture pin = WindowFinder.findDialog(new GenericTypeMatcher<Dialog>(Dialog.class) {
            @Override
            protected boolean isMatching(Dialog d) {
                return "kiosk.pin".equals(d.getName()) && d.isShowing();
            }
        }).withTimeout(30_000).using(robot);
        PinDialog dialog = (PinDialog) pin.target();
        type(pin, PIN);
        // Enter in the field presses OK (the default button): the keys reach the focused dialog where the PIN was typed
        // (CI once saw 22 robot clicks on OK land on the kiosk window). A lost Enter leaves the dialog as it was (no
        // message, the PIN still typed): only then is Enter pressed again.
        String message = GuiWait.clickUntil("the PIN outcome", () -> enterIfStill(pin, dialog::message),
                dialog::message, m -> !m.isEmpty() && !m.endsWith("\u2026"));
        assertThat(message).startsWith("The PIN could not be checked: study file is locked").doesNotContain("not right");
        assertThat(exited).isFalse();
        // The researcher can try again once the file is free.
        type(pin, PIN);
        String wrongMessage = GuiActionRunner.execute(dialog::message);
        GuiWait.clickUntil("researcher exit", () -> enterIfStill(pin, () -> wrongMessage.equals(dialog.message())
                ? "" : "changed"), exited::get, Boolean.TRUE::equals);
        assertThat(checks.get()).isEqualTo(2);
    }

    @Test
    void anOutOfMemoryErrorWhileSavingIsNotRetriedAndBothPeopleAreTold() {
        AtomicInteger saves = new AtomicInteger();
        open(KioskTestForm.form(), new DelegatingStore() {
            @Override
            public void saveAnswer(UUID participant, String item, String value, String language) {
                saves.incrementAndGet();
                throw new OutOfMemoryError("Java heap space");
            }
        });
        startParticipant();
        window.checkBox("q.consent.box").click();
        String shown = GuiWait.until("the stopped screen", () -> KioskParticipantFlowTest.findNamed(kiosk.frame(),
                "kiosk.screen.stopped.text") instanceof javax.swing.text.JTextComponent text && text.isShowing()
                ? text.getText() : "", t -> !t.isEmpty());
        assertThat(shown).startsWith("Thank you. We cannot take more answers on this computer just now.")
                .contains("For the researcher: saving stopped after an internal error (OutOfMemoryError).")
                .contains("restart Concord and resume this participant");
        assertThat(saves.get()).as("attempts to save").isEqualTo(1);
        assertThat(onEdt(() -> kiosk.frame().isShowing())).as("kiosk still showing").isTrue();
        for (ActionModel action : new ActionModel[] {ActionModel.KIOSK_NEXT, ActionModel.KIOSK_BACK,
                ActionModel.KIOSK_SUBMIT}) {
            assertThat(onEdt(() -> KioskParticipantFlowTest.findNamed(kiosk.frame(), action.componentName())
                    .isEnabled())).as("%s enabled", action).isFalse();
        }
        assertThat(onEdt(() -> KioskParticipantFlowTest.findNamed(kiosk.frame(),
                ActionModel.KIOSK_RESEARCHER.componentName()).isEnabled())).as("Researcher enabled").isTrue();
    }

    private boolean pinShowing() {
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (w instanceof Dialog d && d.isShowing() && "kiosk.pin".equals(d.getName())) {
                return true;
            }
        }
        return false;
    }

    /** Presses Enter in the PIN field while the PIN is still typed, OK enabled and {@code state} still empty. */
    private static void enterIfStill(DialogFixture pin, Supplier<String> state) {
        JPasswordField field = (JPasswordField) pin.textBox("kiosk.pin.field").target();
        if (GuiActionRunner.execute(() -> state.get().isEmpty() && field.getPassword().length > 0
                && pin.button("kiosk.pin.ok").target().isEnabled())) {
            pin.textBox("kiosk.pin.field").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        }
    }

    private static void type(DialogFixture pin, String text) {
        JPasswordField field = (JPasswordField) pin.textBox("kiosk.pin.field").target();
        GuiWait.until("the PIN field empty", () -> field.getPassword().length, n -> n == 0);
        pin.textBox("kiosk.pin.field").enterText(text);
        GuiWait.until("the PIN typed", () -> new String(field.getPassword()), text::equals);
    }
}
