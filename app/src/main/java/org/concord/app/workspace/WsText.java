package org.concord.app.workspace;

import java.awt.Component;
import java.awt.Container;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.border.TitledBorder;
import org.concord.app.base.Messages;
import org.concord.app.base.LanguageAware;
import org.concord.app.base.Texts;

/**
 * The workspace's texts from the {@code workspace} bundle in the shell's current language ({@link Texts#locale()}).
 * Components are bound to keys once; {@link #relabel} re-reads them after a language switch, as {@link Texts} does
 * for the {@code app} bundle.
 */
public final class WsText {
    private static final String BUNDLE = "workspace";
    private static final String TEXT_KEY = "concord.ws.textKey";
    private static final String NAME_KEY = "concord.ws.nameKey";
    private static final String DESC_KEY = "concord.ws.descKey";
    private static final String BORDER_KEY = "concord.ws.borderKey";

    private WsText() {
    }

    /** The text of {@code key} in the current language. */
    public static String get(String key, Object... args) {
        return Messages.get(BUNDLE, Texts.locale(), key, args);
    }

    /** Sets the text of a label or button from {@code key} and keeps it in the current language. */
    public static <T extends JComponent> T text(T component, String key) {
        component.putClientProperty(TEXT_KEY, key);
        applyText(component, key);
        return component;
    }

    /** Gives {@code component} an accessible name and a description (also its tooltip), kept in the language. */
    public static <T extends JComponent> T describe(T component, String nameKey, String descriptionKey) {
        component.putClientProperty(NAME_KEY, nameKey);
        component.putClientProperty(DESC_KEY, descriptionKey);
        applyDescription(component);
        return component;
    }

    /** Gives {@code component} a titled border whose title is {@code key}. */
    public static <T extends JComponent> T titled(T component, String key) {
        component.putClientProperty(BORDER_KEY, key);
        component.setBorder(new TitledBorder(get(key)));
        return component;
    }

    /** Re-reads every bound text under {@code root}; tabs are titled {@code tab.<component name>}. */
    public static void relabel(Component root) {
        if (root instanceof JComponent c) {
            Object key = c.getClientProperty(TEXT_KEY);
            if (key != null) {
                applyText(c, (String) key);
            }
            if (c.getClientProperty(NAME_KEY) != null || c.getClientProperty(DESC_KEY) != null) {
                applyDescription(c);
            }
            Object border = c.getClientProperty(BORDER_KEY);
            if (border != null) {
                c.setBorder(new TitledBorder(get((String) border)));
            }
        }
        if (root instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                tabs.setTitleAt(i, get("tab." + tabs.getComponentAt(i).getName()));
            }
        }
        if (root instanceof LanguageAware aware) {
            aware.languageChanged();
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                relabel(child);
            }
        }
    }

    private static void applyText(JComponent component, String key) {
        String text = get(key);
        if (component instanceof AbstractButton button) {
            int amp = text.indexOf('&');
            if (amp >= 0 && amp + 1 < text.length()) {
                String plain = text.substring(0, amp) + text.substring(amp + 1);
                button.setText(plain);
                button.setMnemonic(Character.toUpperCase(plain.charAt(amp)));
                button.setDisplayedMnemonicIndex(amp);
            } else {
                button.setText(text);
            }
        } else if (component instanceof JLabel label) {
            label.setText(text);
        }
    }

    private static void applyDescription(JComponent component) {
        Object nameKey = component.getClientProperty(NAME_KEY);
        Object descKey = component.getClientProperty(DESC_KEY);
        if (nameKey != null) {
            component.getAccessibleContext().setAccessibleName(get((String) nameKey));
        }
        if (descKey != null) {
            String description = get((String) descKey);
            component.getAccessibleContext().setAccessibleDescription(description);
            component.setToolTipText(description);
        }
    }
}
