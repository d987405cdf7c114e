package org.concord.app.ui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
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

    /** The start screen with buttons made from {@code actions}, without recent studies. */
    public StartPanel(Texts texts, Actions actions) {
        this(texts, actions, List.of(), study -> { });
    }

    /**
     * The start screen with buttons made from {@code actions}, and the {@code recent} studies (newest first), each a
     * button that hands its file to {@code openRecent}; a file that is no longer there is shown as such and cannot be chosen.
     */
    public StartPanel(Texts texts, Actions actions, List<Path> recent, Consumer<Path> openRecent) {
        super(new MigLayout("insets dialog, hidemode 3, wrap 1, alignx center, aligny 30%",
                "[center, 300:600:800]", // columns
                "[]rel[]para[]rel[]rel[]para[]para[]")); // rows: title, subtitle, create, open, workspace, help, recent
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
        if (!recent.isEmpty()) {
            add(recentList(recent, openRecent), "growx");
        }
    }

    private JPanel recentList(List<Path> recent, Consumer<Path> open) {
        JPanel list = new JPanel(new MigLayout("insets 0, wrap 2, hidemode 3",
                "[fill]rel[grow, fill]", // columns: the file's button, its folder (wraps)
                "[]")); // rows: heading, then one per study
        list.setName("recent");
        JLabel heading = texts.text(new JLabel(), "start.recent");
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        list.add(heading, "span");
        for (int i = 0; i < recent.size(); i++) {
            Path study = recent.get(i);
            boolean there = Files.isRegularFile(study);
            JButton button = new JButton(String.valueOf(study.getFileName()));
            button.setName("recent." + i);
            button.setEnabled(there);
            button.getAccessibleContext().setAccessibleDescription(texts.get(there ? "start.recent.desc"
                    : "start.recent.missing", String.valueOf(study.getParent())));
            button.setToolTipText(button.getAccessibleContext().getAccessibleDescription());
            button.addActionListener(e -> open.accept(study));
            WrappingLabel where = new WrappingLabel(there ? String.valueOf(study.getParent())
                    : texts.get("start.recent.missing", String.valueOf(study.getParent())), null);
            where.setName("recent." + i + ".where");
            list.add(button, "aligny top");
            list.add(where, "wmin 0");
        }
        return list;
    }

    @Override
    public boolean requestFocusInWindow() {
        return create.requestFocusInWindow();
    }
}
