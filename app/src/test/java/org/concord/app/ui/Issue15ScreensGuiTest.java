package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.ui.ResearcherGuiSupport.PIN;

import java.awt.Component;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.concord.app.base.Appearance;
import org.concord.app.base.GuiWait;
import org.concord.app.base.Messages;
import org.concord.app.base.Theme;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screens that issue 15 changed on the researcher side, in English and Welsh, light and dark, 100% and 200%:
 * the start screen with recent studies, the researcher view with its set-up section, the LA list and PIN change
 * dialogs, the file-exists message, the merge check and result, and the lock screen. Each is captured in
 * {@code target/screenshots/issue15-*} and checked for clipped text.
 */
class Issue15ScreensGuiTest {
    @TempDir
    Path dir;

    private ResearcherGui gui;
    private ResearcherGuiSupport.Laptops laptops;

    @BeforeEach
    void launch() {
        laptops = ResearcherGuiSupport.twoLaptops(dir, "cardiff-visit.concord", "second-laptop.concord", PIN);
        gui = ResearcherGuiSupport.launch(dir, new Settings(Theme.LIGHT, 1f, Messages.ENGLISH,
                Duration.ofMinutes(5), List.of(laptops.first(), dir.resolve("moved-away.concord"))));
    }

    @AfterEach
    void close() {
        gui.close();
        GuiActionRunner.execute(() -> Appearance.apply(Theme.LIGHT, 1f));
    }

    @Test
    void theChangedScreensAreWholeInBothLanguagesThemesAndSizes() throws Exception {
        List<Settings> variants = List.of(new Settings(Theme.LIGHT, 1f, Messages.ENGLISH),
                new Settings(Theme.DARK, 2f, Messages.ENGLISH), new Settings(Theme.LIGHT, 2f, Messages.WELSH),
                new Settings(Theme.DARK, 1f, Messages.WELSH));
        int round = 0;
        for (Settings variant : variants) {
            String name = variant.language().getLanguage() + "-" + variant.theme().name().toLowerCase(Locale.ROOT)
                    + "-" + Math.round(variant.fontScale() * 100);
            GuiActionRunner.execute(() -> {
                gui.app.changeLanguage(variant.language());
                gui.app.changeAppearance(gui.app.settings().withTheme(variant.theme())
                        .withFontScale(variant.fontScale()));
            });
            screens(name, round++);
        }
    }

    private void check(Window window, String name) {
        gui.robot.waitForIdle();
        GuiTestSupport.screenshot(window, "issue15-" + name);
        GuiTestSupport.assertNothingClipped(window, name);
    }

    private void screens(String variant, int round) throws Exception {
        GuiWait.until("start screen", () -> GuiTestSupport.named(gui.app.frame(), "recent.0") != null, shown -> shown);
        check(gui.app.frame(), "start-" + variant);

        gui.open(laptops.first(), PIN);
        check(gui.app.frame(), "researcher-" + variant);
        GuiTestSupport.screenshotWhole(gui.window.panel("researcherPanel").target(), "issue15-researcher-" + variant);

        ResearcherGui.press(gui.window.button("setup.las").target());
        DialogFixture las = GuiTestSupport.dialog(gui.robot, "laEdit");
        // Selected on the event thread: a robot click aims at the dialog's AWT location, which without a window
        // manager can be 0,0 while X shows the dialog centred (a CI run lost this click).
        GuiActionRunner.execute(() -> las.table("laEdit.table").target().setRowSelectionInterval(0, 0));
        ResearcherGui.press(las.button("laEdit.remove").target());
        GuiWait.until("the reason shown", () -> las.textBox("laEdit.problems").target().getText(), t -> !t.isBlank());
        check(las.target(), "la-dialog-" + variant);
        ResearcherGui.press(las.button("laEdit.cancel").target());

        ResearcherGui.press(gui.window.button("setup.pin").target());
        DialogFixture pin = GuiTestSupport.dialog(gui.robot, "pinChange");
        ResearcherGui.press(pin.button("pinChange.ok").target());
        GuiWait.until("a problem shown", () -> pin.textBox("pinChange.message").target().getText(),
                t -> !t.isBlank() && pin.button("pinChange.ok").target().isEnabled());
        check(pin.target(), "pin-dialog-" + variant);
        ResearcherGui.press(pin.button("pinChange.cancel").target());

        Path existing = Files.writeString(dir.resolve("answers-" + round + ".csv"), "x");
        ResearcherGui.press(gui.window.button("action.exportCsv").target());
        gui.choose(existing);
        DialogFixture exists = GuiTestSupport.dialog(gui.robot, "exists");
        check(exists.target(), "exists-" + variant);
        ResearcherGui.press(exists.button("exists.ok").target());

        ResearcherGui.press(gui.window.button("action.merge").target());
        gui.choose(laptops.second());
        DialogFixture mergeCheck = GuiTestSupport.dialog(gui.robot, "mergeCheck");
        check(mergeCheck.target(), "merge-check-" + variant);
        ResearcherGui.press(mergeCheck.button("mergeCheck.yes").target());
        gui.choose(dir.resolve("merged-" + round + ".concord"));
        DialogFixture result = GuiTestSupport.dialog(gui.robot, "mergeResult");
        check(result.target(), "merge-result-" + variant);
        ResearcherGui.press(result.button("mergeResult.ok").target());

        GuiActionRunner.execute(() -> gui.app.changeIdleLock(Duration.ofSeconds(1)));
        GuiWait.until("locked", () -> {
            Component lock = GuiTestSupport.named(gui.app.frame(), "lockPanel");
            return lock != null && lock.isShowing();
        }, locked -> locked);
        check(gui.app.frame(), "locked-" + variant);
        GuiActionRunner.execute(() -> {
            gui.app.changeIdleLock(Duration.ofMinutes(5));
            gui.app.actions().get(ActionModel.CLOSE_STUDY).actionPerformed(null);
        });
        GuiWait.until("study closed", () -> gui.app.study() == null, closed -> closed);
        assertThat(gui.status()).isEmpty();
    }
}
