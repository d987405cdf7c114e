package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import org.assertj.swing.edt.GuiActionRunner;
import org.concord.app.base.GuiWait;
import org.concord.app.base.Language;
import org.concord.app.base.Messages;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.concord.app.base.settings.Settings;
import org.concord.app.base.settings.SettingsStore;
import org.concord.app.workspace.panel.PowerPanel;
import org.concord.study.LocalAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 13: recent studies on the start screen (a missing one shown as such), opened with the PIN; the
 * export and merge file dialogs start in the study's folder with a name suggested; no caret in Power planning's answer.
 */
class RecentStudiesAndFoldersGuiTest {
    private static final String PIN = "8642";

    @TempDir
    Path dir;

    private ResearcherGui gui;
    private Path study;
    private Path gone;

    @BeforeEach
    void launch() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("fieldwork"));
        study = folder.resolve("visit.concord");
        gone = dir.resolve("moved-away.concord");
        ResearcherGui.study(study, List.of(new LocalAuthority("W06000015", "Cardiff")), PIN, "AB");
        Settings settings = new Settings(Theme.LIGHT, 1f, Messages.ENGLISH, Duration.ofMinutes(5), List.of(gone, study));
        gui = new ResearcherGui(dir.resolve("settings.properties"), settings);
    }

    @AfterEach
    void close() {
        gui.close();
    }

    @Test
    void aRecentStudyOpensWithThePinAndAMissingOneIsShownAsSuch() {
        JButton missing = (JButton) gui.window.button("recent.0").target();
        assertThat(GuiActionRunner.execute(missing::getText)).isEqualTo("moved-away.concord");
        assertThat(GuiActionRunner.execute(missing::isEnabled)).as("missing study can be chosen").isFalse();
        assertThat(gui.window.textBox("recent.0.where").text()).startsWith("Not found in " + dir);
        assertThat(gui.window.textBox("recent.1.where").text()).isEqualTo(study.getParent().toString());
        GuiTestSupport.assertNothingClipped(gui.app.frame().getContentPane(), "start screen with recent studies");

        ResearcherGui.press(gui.window.button("recent.1").target());
        gui.answerPin("pin", PIN);
        GuiWait.until("opened from the recent list", () -> gui.app.study() != null, open -> open);
        GuiWait.until("remembered first", () -> new SettingsStore(dir.resolve("settings.properties")).load().recent(),
                recent -> !recent.isEmpty() && recent.get(0).equals(study));

        // Exports and merge start in the study's folder, with a name suggested.
        ResearcherGui.press(gui.window.button("action.exportXlsx").target());
        JFileChooser chooser = gui.chooser().target();
        File[] shown = GuiActionRunner.execute(() -> new File[] {chooser.getCurrentDirectory(),
                chooser.getSelectedFile()});
        assertThat(shown[0]).isEqualTo(study.getParent().toFile());
        assertThat(shown[1]).isEqualTo(study.resolveSibling("visit.xlsx").toFile());
        GuiActionRunner.execute(chooser::cancelSelection);
        ResearcherGui.press(gui.window.button("action.merge").target());
        JFileChooser merge = gui.chooser().target();
        assertThat(GuiActionRunner.execute(merge::getCurrentDirectory)).isEqualTo(study.getParent().toFile());
        GuiActionRunner.execute(merge::cancelSelection);
    }

    @Test
    void powerPlanningsAnswerShowsNoCaret() {
        PowerPanel power = GuiActionRunner.execute(() -> new PowerPanel(new Texts("workspace",
                new Language(Messages.ENGLISH))));
        javax.swing.JTextArea answer = (javax.swing.JTextArea) GuiActionRunner.execute(
                () -> GuiTestSupport.named(power, "powerAnswer"));
        assertThat(GuiActionRunner.execute(answer::isFocusable)).as("answer takes the focus (and shows a caret)")
                .isFalse();
    }
}
