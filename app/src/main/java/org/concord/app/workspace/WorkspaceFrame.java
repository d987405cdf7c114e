package org.concord.app.workspace;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.concord.app.base.Language;
import org.concord.app.base.Texts;
import org.concord.app.workspace.panel.AnalysisTab;
import org.concord.app.workspace.panel.PowerPanel;

/**
 * The analyst workspace window, opened from the start screen: an Analysis tab (inputs, run, result, save) and a
 * Power tab (power planning by simulation). It follows the shell's theme, font size and language.
 */
public final class WorkspaceFrame extends JFrame {
    private static final long serialVersionUID = 1L;

    private final transient Language language;
    private final transient Texts texts;
    private final AnalysisTab analysis;
    private final PowerPanel power;
    private final transient Runnable relabel = () -> SwingUtilities.invokeLater(this::relabel);

    /** A new workspace window (not yet shown) following {@code language}. Call on the event thread. */
    public WorkspaceFrame(Language language) {
        this.language = language;
        texts = new Texts("workspace", language);
        analysis = new AnalysisTab(texts);
        power = new PowerPanel(texts);
        setName("workspaceFrame");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("workspaceTabs");
        tabs.addTab("", analysis);
        tabs.addTab("", power);
        texts.tabs(tabs);
        setContentPane(tabs);
        relabel();
        // Removed when the window is disposed: a closed workspace leaves nothing behind in the shared language.
        language.addListener(relabel);
        setMinimumSize(new Dimension(800, 560));
        // Large, but never larger than the screen (the inputs column scrolls).
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(new Dimension(Math.min(1280, screen.width), Math.min(860, screen.height)));
        setLocationRelativeTo(null);
    }

    /** Opens a workspace window following {@code language}. Call on the event thread. */
    public static WorkspaceFrame open(Language language) {
        WorkspaceFrame frame = new WorkspaceFrame(language);
        frame.setVisible(true);
        return frame;
    }

    /** The analysis tab. */
    public AnalysisTab analysis() {
        return analysis;
    }

    /** The power tab. */
    public PowerPanel power() {
        return power;
    }

    @Override
    public void dispose() {
        language.removeListener(relabel);
        super.dispose();
    }

    private void relabel() {
        setTitle(texts.get("workspace.title"));
        texts.relabel(getContentPane());
    }
}
