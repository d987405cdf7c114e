package org.concord.app.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A GUI test that starts from the researcher window with default settings, kept in its own temporary folder. */
abstract class ResearcherWindowSupport {
    @TempDir
    Path dir;

    ResearcherGui gui;

    @BeforeEach
    final void launchResearcherWindow() {
        gui = ResearcherGuiSupport.launch(dir);
    }

    @AfterEach
    final void closeResearcherWindow() {
        gui.close();
    }
}
