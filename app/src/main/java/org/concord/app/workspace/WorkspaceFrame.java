package org.concord.app.workspace;

import java.awt.Dimension;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.concord.app.base.Texts;
import org.concord.app.workspace.panel.AnalysisTab;
import org.concord.app.workspace.panel.PowerPanel;

/**
 * The analyst workspace window, opened from the start screen: an Analysis tab (inputs, run, result, save) and a
 * Power tab (power planning by simulation). It follows the shell's theme, font size and language.
 */
public final class WorkspaceFrame extends JFrame {
    private static final long serialVersionUID = 1L;

    private final AnalysisTab analysis = new AnalysisTab();
    private final PowerPanel power = new PowerPanel();
    private final transient Runnable relabel = () -> SwingUtilities.invokeLater(this::relabel);

    /** A new workspace window (not yet shown). Call on the event thread. */
    public WorkspaceFrame() {
        setName("workspaceFrame");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("workspaceTabs");
        tabs.addTab("", analysis);
        tabs.addTab("", power);
        setContentPane(tabs);
        relabel();
        Texts.addListener(relabel);
        setMinimumSize(new Dimension(800, 560));
        // Large, but never larger than the screen (the inputs column scrolls).
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getMaximumWindowBounds();
        setSize(new Dimension(Math.min(1280, screen.width), Math.min(860, screen.height)));
        setLocationRelativeTo(null);
    }

    /** Opens a workspace window. Call on the event thread. */
    public static WorkspaceFrame open() {
        WorkspaceFrame frame = new WorkspaceFrame();
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

    private void relabel() {
        setTitle(WsText.get("workspace.title"));
        WsText.relabel(getContentPane());
    }
}
