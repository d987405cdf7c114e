package org.concord.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JTabbedPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.concord.app.base.GuiWait;
import org.concord.app.base.Language;
import org.concord.app.base.Messages;
import org.junit.jupiter.api.Test;

/** Workspace windows follow the shell's language while open and leave nothing behind in it once closed. */
class WorkspaceFrameTest {
    @Test
    void aClosedWorkspaceLeavesNoListenerOnTheSharedLanguage() {
        Language language = new Language(Messages.ENGLISH);
        for (int i = 0; i < 3; i++) {
            WorkspaceFrame frame = GuiActionRunner.execute(() -> new WorkspaceFrame(language));
            assertThat(language.listenerCount()).as("listeners while a workspace is open").isEqualTo(1);
            GuiActionRunner.execute(frame::dispose);
        }
        assertThat(language.listenerCount()).as("listeners after three workspaces were closed").isZero();
    }

    @Test
    void anOpenWorkspaceFollowsALanguageSwitchTitleAndTabs() {
        Language language = new Language(Messages.ENGLISH);
        WorkspaceFrame frame = GuiActionRunner.execute(() -> new WorkspaceFrame(language));
        try {
            String english = GuiActionRunner.execute(frame::getTitle);
            GuiActionRunner.execute(() -> language.set(Messages.WELSH));
            String welsh = Messages.get("workspace", Messages.WELSH, "workspace.title");
            assertThat(welsh).isNotEqualTo(english);
            GuiWait.equal("the window title", frame::getTitle, welsh);
            JTabbedPane tabs = (JTabbedPane) GuiActionRunner.execute(frame::getContentPane);
            GuiWait.equal("the first tab", () -> tabs.getTitleAt(0),
                    Messages.get("workspace", Messages.WELSH, "tab.analysis"));
        } finally {
            GuiActionRunner.execute(frame::dispose);
        }
    }
}
