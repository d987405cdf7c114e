package org.concord.app.ui.start;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;

/** The first screen: create a new study, open one, or open the analyst workspace. Only draws. */
public final class StartPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;

    private final JButton create;

    /** The start screen with buttons made from {@code actions}. */
    public StartPanel(Texts texts, Actions actions) {
        super(new MigLayout("insets dialog, hidemode 3, wrap 1, alignx center, aligny 30%",
                "[center, 300:600:800]", // columns
                "[]rel[]para[]rel[]rel[]para[]")); // rows: title, subtitle, create, open, workspace, help
        this.texts = texts;
        setName("startPanel");
        JLabel title = texts.text(new JLabel(), "start.title");
        title.setName("start.title");
        title.putClientProperty("FlatLaf.styleClass", "h00");
        JLabel subtitle = texts.text(new JLabel(), "start.subtitle");
        subtitle.putClientProperty("FlatLaf.styleClass", "h3");
        create = actions.button(ActionModel.NEW_STUDY);
        JButton open = actions.button(ActionModel.OPEN_STUDY);
        JButton workspace = actions.button(ActionModel.OPEN_WORKSPACE);
        workspace.putClientProperty("FlatLaf.styleClass", "large");
        create.putClientProperty("FlatLaf.styleClass", "large");
        open.putClientProperty("FlatLaf.styleClass", "large");
        WrappingLabel help = texts.text(new WrappingLabel(), "start.help");
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
