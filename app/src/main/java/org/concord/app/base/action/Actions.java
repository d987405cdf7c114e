package org.concord.app.base.action;

import java.awt.event.ActionEvent;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import org.concord.app.base.Texts;

/**
 * The Swing {@link Action} of every {@link ActionId}, each bound to one handler. Buttons and menu items are made from
 * these, so a label, shortcut or enabled state is set in one place and follows the UI language.
 */
public final class Actions {
    private final Map<ActionId, AppAction> actions = new EnumMap<>(ActionId.class);

    /** Binds {@code id} to {@code handler} (run on the event thread). */
    public Actions on(ActionId id, Runnable handler) {
        actions.put(id, new AppAction(id, handler));
        return this;
    }

    /** The action for {@code id}; it must have been bound. */
    public Action get(ActionId id) {
        AppAction action = actions.get(id);
        if (action == null) {
            throw new IllegalStateException("no handler bound for " + id);
        }
        return action;
    }

    /** Enables or disables the action and every control made from it. */
    public void setEnabled(ActionId id, boolean enabled) {
        get(id).setEnabled(enabled);
    }

    /** A button for {@code id}, named for tests; screen readers read its label and description (its tooltip). */
    public JButton button(ActionId id) {
        JButton button = new JButton(get(id));
        button.setName(id.componentName());
        return button;
    }

    /** A menu item for {@code id}. */
    public JMenuItem menuItem(ActionId id) {
        JMenuItem item = new JMenuItem(get(id));
        item.setName("menu." + id.componentName());
        return item;
    }

    /** A radio menu item for {@code id}. */
    public JRadioButtonMenuItem radioItem(ActionId id) {
        JRadioButtonMenuItem item = new JRadioButtonMenuItem(get(id));
        item.setName("menu." + id.componentName());
        return item;
    }

    /** Re-reads every label and description in the current language. */
    public void relabel() {
        actions.values().forEach(AppAction::relabel);
    }

    /** Sets a label with an {@code &}-marked mnemonic on an action. */
    static void setLabel(Action action, String marked) {
        int amp = marked.indexOf('&');
        if (amp >= 0 && amp + 1 < marked.length()) {
            String plain = marked.substring(0, amp) + marked.substring(amp + 1);
            action.putValue(Action.NAME, plain);
            action.putValue(Action.MNEMONIC_KEY, (int) Character.toUpperCase(plain.charAt(amp)));
            action.putValue(Action.DISPLAYED_MNEMONIC_INDEX_KEY, amp);
        } else {
            action.putValue(Action.NAME, marked);
            action.putValue(Action.MNEMONIC_KEY, null);
        }
    }

    private static final class AppAction extends AbstractAction {
        private static final long serialVersionUID = 1L;
        private final transient ActionId id;
        private final transient Runnable handler;

        AppAction(ActionId id, Runnable handler) {
            this.id = id;
            this.handler = handler;
            putValue(ACTION_COMMAND_KEY, id.componentName());
            putValue(ACCELERATOR_KEY, id.accelerator());
            relabel();
        }

        void relabel() {
            setLabel(this, Texts.get(id.textKey()));
            putValue(SHORT_DESCRIPTION, Texts.get(id.descriptionKey()));
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            handler.run();
        }
    }
}
