package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.ui.ResearcherGuiSupport.PIN;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.concord.app.base.GuiWait;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 7: the "file exists" message is a wrapped message, not a one-line scrolling box; merging a study
 * with another LA list and a PIN of its own says what differs and asks first; the merge result says plainly what
 * happened, with the information icon when no answer differed, and nothing is cut off.
 */
class ResearcherDialogsGuiTest {
    @TempDir
    Path dir;

    private ResearcherGui gui;
    private ResearcherGuiSupport.Laptops laptops;

    @BeforeEach
    void launch() {
        laptops = ResearcherGuiSupport.twoLaptops(dir, "laptop-a.concord", "laptop-b.concord", PIN);
        gui = ResearcherGuiSupport.launch(dir);
        gui.open(laptops.first(), PIN);
    }

    @AfterEach
    void close() {
        gui.close();
    }

    /** The wrapped text {@code name} of {@code dialog}, checked to show whole: as high as its lines need. */
    private static String wholeText(DialogFixture dialog, String name) {
        JComponent text = (JComponent) dialog.textBox(name).target();
        int[] sizes = GuiActionRunner.execute(() -> new int[] {text.getHeight(), text.getPreferredSize().height,
                text.getVisibleRect().width, text.getWidth()});
        assertThat(sizes[0]).as("%s height (preferred %s)", name, sizes[1]).isGreaterThanOrEqualTo(sizes[1]);
        assertThat(sizes[2]).as("%s visible width (of %s)", name, sizes[3]).isEqualTo(sizes[3]);
        return GuiActionRunner.execute(() -> dialog.textBox(name).target().getText());
    }

    @Test
    void anExistingFileIsSaidInAWrappedMessage() throws Exception {
        Path existing = Files.writeString(dir.resolve("answers-with-a-long-name-that-would-not-fit-one-line.csv"), "x");
        ResearcherGui.press(gui.window.button("action.exportCsv").target());
        gui.choose(existing);
        DialogFixture exists = GuiTestSupport.dialog(gui.robot, "exists");
        String message = wholeText(exists, "exists.message");
        assertThat(message).contains(existing.toString()).contains("already exists");
        GuiTestSupport.assertNothingClipped(exists.target(), "the file-exists dialog");
        GuiTestSupport.screenshot(exists.target(), "issue15-exists");
        ResearcherGui.press(exists.button("exists.ok").target());
        assertThat(Files.readString(existing)).isEqualTo("x");
    }

    @Test
    void aMergeSaysWhatDiffersAsksFirstAndReportsPlainly() {
        ResearcherGui.press(gui.window.button("action.merge").target());
        gui.choose(laptops.second());
        DialogFixture check = GuiTestSupport.dialog(gui.robot, "mergeCheck");
        String details = wholeText(check, "mergeCheck.details");
        assertThat(details).contains("laptop-b.concord has local authorities that this study does not: Powys (W06000023)")
                .contains("laptop-b.concord does not have these local authorities of this study: Swansea (W06000011)")
                .contains("calls W06000015 \u201cCaerdydd\u201d; the merged study keeps this study's name \u201cCardiff\u201d")
                .contains("laptop-b.concord has an admin PIN of its own");
        GuiTestSupport.assertNothingClipped(check.target(), "the merge check");
        GuiTestSupport.screenshot(check.target(), "issue15-merge-check");
        // Cancel: nothing is merged and no file is asked for.
        ResearcherGui.press(check.button("mergeCheck.no").target());
        GuiWait.equal("status", gui::status, "Nothing was merged.");

        ResearcherGui.press(gui.window.button("action.merge").target());
        gui.choose(laptops.second());
        ResearcherGui.press(GuiTestSupport.dialog(gui.robot, "mergeCheck").button("mergeCheck.yes").target());
        Path merged = dir.resolve("merged.concord");
        gui.choose(merged);
        DialogFixture result = GuiTestSupport.dialog(gui.robot, "mergeResult");
        String message = wholeText(result, "mergeResult.message");
        assertThat(message).isEqualTo("The merged study is saved as " + merged + ". It has 2 participants (2 of them"
                + " were in one file only). No answer differed between the files.");
        assertThat(GuiActionRunner.execute(() -> GuiTestSupport.named(result.target(), "mergeResult.icon.info")))
                .as("information icon").isNotNull();
        GuiTestSupport.assertNothingClipped(result.target(), "the merge result");
        GuiTestSupport.screenshot(result.target(), "issue15-merge-result");
        ResearcherGui.press(result.button("mergeResult.ok").target());
        try (Study study = Study.openReadOnly(merged)) {
            assertThat(study.las()).extracting(LocalAuthority::code)
                    .containsExactlyInAnyOrder("W06000015", "W06000011", "W06000023");
            assertThat(study.checkPin(PIN.toCharArray())).isTrue();
        }
    }
}
