package org.concord.app.ui.start;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.app.base.action.ActionId;
import org.concord.app.base.action.Actions;

/** The first screen: create a new study, open one, or open the analyst workspace. Only draws. */
public final class StartPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JButton create;

    /** The start screen with buttons made from {@code actions}. */
    public StartPanel(Actions actions) {
        super(new MigLayout("insets dialog, hidemode 3, wrap 1, alignx center, aligny 30%",
                "[center, 300:600:800]", // columns
                "[]rel[]para[]rel[]rel[]para[]")); // rows: title, subtitle, create, open, workspace, help
        setName("startPanel");
        JLabel title = Texts.text(new JLabel(), "start.title");
        title.setName("start.title");
        title.putClientProperty("FlatLaf.styleClass", "h00");
        JLabel subtitle = Texts.text(new JLabel(), "start.subtitle");
        subtitle.putClientProperty("FlatLaf.styleClass", "h3");
        create = actions.button(ActionId.NEW_STUDY);
        JButton open = actions.button(ActionId.OPEN_STUDY);
        JButton workspace = actions.button(ActionId.OPEN_WORKSPACE);
        workspace.putClientProperty("FlatLaf.styleClass", "large");
        create.putClientProperty("FlatLaf.styleClass", "large");
        open.putClientProperty("FlatLaf.styleClass", "large");
        WrappingLabel help = Texts.text(new WrappingLabel(), "start.help");
        add(title);
        add(subtitle);
        add(create, "sg main, growx");
        add(open, "sg main, growx");
        add(workspace, "sg main, growx");
        add(help, "growx");
    }

    @Override
    public boolean requestFocusInWindow() {
        return create.requestFocusInWindow();
    }
}
