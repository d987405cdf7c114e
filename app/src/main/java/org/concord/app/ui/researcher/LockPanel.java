package org.concord.app.ui.researcher;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRootPane;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;

/**
 * What the window shows while the researcher view is locked: that it is locked and how to unlock it, and nothing of
 * the study. The Unlock button (the window's default button: Enter presses it) asks for the PIN.
 */
public final class LockPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JButton unlock;

    /** The lock screen; {@code onUnlock} asks for the PIN. */
    public LockPanel(Texts texts, Runnable onUnlock) {
        super(new MigLayout("insets dialog, wrap 1, alignx center, aligny 30%",
                "[center, 300:600:800]", // columns
                "[]para[]para[]")); // rows: title, explanation, unlock
        setName("lockPanel");
        JLabel title = texts.text(new JLabel(), "lock.heading");
        title.setName("lock.heading");
        title.putClientProperty("FlatLaf.styleClass", "h1");
        WrappingLabel explanation = texts.text(new WrappingLabel(), "lock.explanation");
        explanation.setName("lock.explanation");
        unlock = texts.text(new JButton(), "lock.unlock");
        unlock.setName("lock.unlock");
        texts.describe(unlock, "lock.unlock", "lock.unlock.desc");
        unlock.putClientProperty("FlatLaf.styleClass", "large");
        unlock.addActionListener(e -> onUnlock.run());
        add(title);
        add(explanation, "growx");
        add(unlock);
    }

    @Override
    public void addNotify() {
        super.addNotify();
        getRootPane().setDefaultButton(unlock);
    }

    @Override
    public void removeNotify() {
        JRootPane root = getRootPane();
        if (root != null && root.getDefaultButton() == unlock) {
            root.setDefaultButton(null);
        }
        super.removeNotify();
    }

    @Override
    public boolean requestFocusInWindow() {
        return unlock.requestFocusInWindow();
    }
}
