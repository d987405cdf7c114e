package org.concord.app.base;

import java.awt.Component;
import java.awt.Container;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JTabbedPane;
import javax.swing.border.TitledBorder;
import javax.swing.text.JTextComponent;

/**
 * The texts of one message bundle ({@code app}, {@code kiosk} or {@code workspace}) in a shared {@link Language}.
 * Components are bound to keys once ({@link #text}, {@link #describe}, {@link #titled}, {@link #tabs});
 * {@link #relabel} re-reads every key this bundle bound after a switch. Bindings of different bundles never mix.
 */
public final class Texts {
    private final String bundle;
    private final Language language;
    private final String textKey;
    private final String nameKey;
    private final String descKey;
    private final String borderKey;
    private final String tabsKey;

    /** The texts of {@code bundle} in {@code language}. */
    public Texts(String bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
        String prefix = "concord." + bundle + ".";
        textKey = prefix + "textKey";
        nameKey = prefix + "nameKey";
        descKey = prefix + "descKey";
        borderKey = prefix + "borderKey";
        tabsKey = prefix + "tabs";
    }

    /** The texts of another bundle in the same language. */
    public Texts bundle(String other) {
        return new Texts(other, language);
    }

    /** The language these texts follow. */
    public Language language() {
        return language;
    }

    /** The current language. */
    public Locale locale() {
        return language.locale();
    }

    /** The locale for dates and numbers: British English or Welsh. */
    public Locale formatLocale() {
        return language.isWelsh() ? Locale.forLanguageTag("cy-GB") : Locale.UK;
    }

    /** The text of {@code key} in the current language, {@code args} filled in. */
    public String get(String key, Object... args) {
        return Messages.get(bundle, language.locale(), key, args);
    }

    /** The text of {@code message} in the current language (arguments that are messages too are turned first). */
    public String get(Message message) {
        if (message.key() == null) {
            return String.valueOf(message.args().get(0));
        }
        Object[] args = message.args().stream().map(a -> a instanceof Message m ? get(m) : a).toArray();
        return get(message.key(), args);
    }

    /** Sets the text of a label, button, menu or text field from {@code key} (a button's {@code &} marks its mnemonic). */
    public <T extends JComponent> T text(T component, String key) {
        component.putClientProperty(textKey, key);
        applyText(component, key);
        return component;
    }

    /** Gives {@code component} an accessible name and description (also its tooltip), kept in the current language. */
    public <T extends JComponent> T describe(T component, String nameKeyValue, String descriptionKey) {
        component.putClientProperty(nameKey, nameKeyValue);
        component.putClientProperty(descKey, descriptionKey);
        applyDescription(component);
        return component;
    }

    /** Gives {@code component} a titled border whose title is {@code key}. */
    public <T extends JComponent> T titled(T component, String key) {
        component.putClientProperty(borderKey, key);
        component.setBorder(new TitledBorder(get(key)));
        return component;
    }

    /** Titles every tab of {@code tabs} from {@code tab.<name of the tab's component>}, kept in the language. */
    public JTabbedPane tabs(JTabbedPane tabs) {
        tabs.putClientProperty(tabsKey, Boolean.TRUE);
        applyTabs(tabs);
        return tabs;
    }

    /** Re-reads every text this bundle bound under {@code root}, and tells {@link LanguageAware} components. */
    public void relabel(Component root) {
        if (root instanceof JComponent c) {
            Object key = c.getClientProperty(textKey);
            if (key != null) {
                applyText(c, (String) key);
            }
            if (c.getClientProperty(nameKey) != null || c.getClientProperty(descKey) != null) {
                applyDescription(c);
            }
            Object border = c.getClientProperty(borderKey);
            if (border != null) {
                c.setBorder(new TitledBorder(get((String) border)));
            }
        }
        if (root instanceof JTabbedPane tabs && tabs.getClientProperty(tabsKey) != null) {
            applyTabs(tabs);
        }
        if (root instanceof LanguageAware aware) {
            aware.languageChanged();
        }
        if (root instanceof JMenu menu) {
            for (Component item : menu.getMenuComponents()) {
                relabel(item);
            }
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                relabel(child);
            }
        }
    }

    private void applyTabs(JTabbedPane tabs) {
        for (int i = 0; i < tabs.getTabCount(); i++) {
            tabs.setTitleAt(i, get("tab." + tabs.getComponentAt(i).getName()));
        }
    }

    private void applyText(JComponent component, String key) {
        String text = get(key);
        if (component instanceof AbstractButton button) {
            Mnemonic marked = Mnemonic.parse(text);
            button.setText(marked.text());
            if (marked.index() >= 0) {
                button.setMnemonic(marked.key());
                button.setDisplayedMnemonicIndex(marked.index());
            }
        } else if (component instanceof JLabel label) {
            label.setText(text);
        } else if (component instanceof JTextComponent field) {
            field.setText(text);
        }
    }

    private void applyDescription(JComponent component) {
        Object name = component.getClientProperty(nameKey);
        Object desc = component.getClientProperty(descKey);
        if (name != null) {
            component.getAccessibleContext().setAccessibleName(get((String) name));
        }
        if (desc != null) {
            String description = get((String) desc);
            component.getAccessibleContext().setAccessibleDescription(description);
            component.setToolTipText(description);
        }
    }

    /**
     * A label with its mnemonic marked by {@code &}: the text without the mark, the marked character's index (or -1)
     * and its key code.
     *
     * @param text  the label as shown
     * @param index where the mnemonic is, or -1
     */
    public record Mnemonic(String text, int index) {
        /** Splits {@code marked} at its {@code &}. */
        public static Mnemonic parse(String marked) {
            int amp = marked.indexOf('&');
            if (amp >= 0 && amp + 1 < marked.length()) {
                return new Mnemonic(marked.substring(0, amp) + marked.substring(amp + 1), amp);
            }
            return new Mnemonic(marked, -1);
        }

        /** The key code of the mnemonic (upper-case letter), or 0. */
        public int key() {
            return index < 0 ? 0 : Character.toUpperCase(text.charAt(index));
        }
    }
}
