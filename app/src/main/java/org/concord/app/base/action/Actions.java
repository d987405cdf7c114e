package org.concord.app.base.action;

import java.awt.event.ActionEvent;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JToggleButton;
import org.concord.app.base.Texts;

/**
 * The Swing {@link Action} of each bound {@link ActionModel}, labelled from one {@link Texts}. Buttons and menu items
 * are made from these, so a label, shortcut or enabled state is set in one place and follows the language.
 */
public final class Actions {
    private final Texts texts;
    private final Map<ActionModel, AppAction> actions = new EnumMap<>(ActionModel.class);

    /** Actions labelled by {@code texts} (the bundle of their category). */
    public Actions(Texts texts) {
        this.texts = texts;
    }

    /** Binds {@code id} to {@code handler} (run on the event thread, only while the action is enabled). */
    public Actions on(ActionModel id, Runnable handler) {
        actions.put(id, new AppAction(id, handler, texts.bundle(id.category().bundle())));
        return this;
    }

    /** The action for {@code id}; it must have been bound. */
    public Action get(ActionModel id) {
        AppAction action = actions.get(id);
        if (action == null) {
            throw new IllegalStateException("no handler bound for " + id);
        }
        return action;
    }

    /** Enables or disables the action and every control made from it. */
    public void setEnabled(ActionModel id, boolean enabled) {
        get(id).setEnabled(enabled);
    }

    /** A button for {@code id}, named for tests; screen readers read its label and description (its tooltip). */
    public JButton button(ActionModel id) {
        JButton button = new JButton(get(id));
        button.setName(id.componentName());
        return button;
    }

    /** A toggle button for {@code id}, named for tests. */
    public JToggleButton toggle(ActionModel id) {
        JToggleButton button = new JToggleButton(get(id));
        button.setName(id.componentName());
        return button;
    }

    /** A menu item for {@code id}. */
    public JMenuItem menuItem(ActionModel id) {
        JMenuItem item = new JMenuItem(get(id));
        item.setName("menu." + id.componentName());
        return item;
    }

    /** A radio menu item for {@code id}. */
    public JRadioButtonMenuItem radioItem(ActionModel id) {
        JRadioButtonMenuItem item = new JRadioButtonMenuItem(get(id));
        item.setName("menu." + id.componentName());
        return item;
    }

    /** Re-reads every label and description in the current language. */
    public void relabel() {
        actions.values().forEach(AppAction::relabel);
    }

    private static final class AppAction extends AbstractAction {
        private static final long serialVersionUID = 1L;
        private final transient ActionModel id;
        private final transient Runnable handler;
        private final transient Texts texts;

        AppAction(ActionModel id, Runnable handler, Texts texts) {
            this.id = id;
            this.handler = handler;
            this.texts = texts;
            putValue(ACTION_COMMAND_KEY, id.componentName());
            putValue(ACCELERATOR_KEY, id.accelerator());
            relabel();
        }

        void relabel() {
            Texts.Mnemonic label = Texts.Mnemonic.parse(texts.get(id.textKey()));
            putValue(NAME, label.text());
            putValue(MNEMONIC_KEY, label.index() < 0 ? null : label.key());
            putValue(DISPLAYED_MNEMONIC_INDEX_KEY, label.index() < 0 ? null : label.index());
            putValue(SHORT_DESCRIPTION, texts.get(id.descriptionKey()));
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            // A key binding calls this directly; a disabled action does nothing.
            if (isEnabled()) {
                handler.run();
            }
        }
    }
}
