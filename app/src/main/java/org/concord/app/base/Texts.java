package org.concord.app.base;

import java.awt.Component;
import java.awt.Container;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.border.TitledBorder;
import javax.swing.text.JTextComponent;
import org.concord.app.base.Messages;

/**
 * The researcher screens' language (English or Cymraeg) and their texts from the {@code app} bundle. Components are
 * bound to keys once ({@link #text}, {@link #describe}); {@link #relabel} re-reads every bound key after a switch.
 */
public final class Texts {
    private static final String BUNDLE = "app";
    private static final String TEXT_KEY = "concord.textKey";
    private static final String NAME_KEY = "concord.nameKey";
    private static final String DESC_KEY = "concord.descKey";
    private static final String BORDER_KEY = "concord.borderKey";

    private static Locale locale = Messages.ENGLISH;
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private Texts() {
    }

    /** The current UI language. */
    public static Locale locale() {
        return locale;
    }

    /** The locale for dates and numbers: British English or Welsh. */
    public static Locale formatLocale() {
        return Messages.WELSH.equals(locale) ? Locale.forLanguageTag("cy-GB") : Locale.UK;
    }

    /** Switches the UI language and tells the listeners (on the event thread). */
    public static void setLocale(Locale newLocale) {
        locale = Messages.WELSH.getLanguage().equals(newLocale.getLanguage()) ? Messages.WELSH : Messages.ENGLISH;
        for (Runnable listener : LISTENERS) {
            listener.run();
        }
    }

    /** Runs {@code listener} after every language switch. */
    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    /** The text of {@code key} in the current language. */
    public static String get(String key, Object... args) {
        return Messages.get(BUNDLE, locale, key, args);
    }

    /** Sets the text of a label, button or menu from {@code key}, and keeps it in the current language. */
    public static <T extends JComponent> T text(T component, String key) {
        component.putClientProperty(TEXT_KEY, key);
        applyText(component, key);
        return component;
    }

    /**
     * Gives {@code component} an accessible name and description (also its tooltip), kept in the current language.
     * Labels that name a field set the field's name through {@code setLabelFor}; this is for everything else.
     */
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

    /** Re-reads every bound text under {@code root} in the current language. */
    public static void relabel(Component root) {
        if (root instanceof JComponent c) {
            Object key = c.getClientProperty(TEXT_KEY);
            if (key != null) {
                applyText(c, (String) key);
            }
            if (c.getClientProperty(NAME_KEY) != null || c.getClientProperty(DESC_KEY) != null) {
                applyDescription(c);
            }
            Object borderKey = c.getClientProperty(BORDER_KEY);
            if (borderKey != null) {
                c.setBorder(new TitledBorder(get((String) borderKey)));
            }
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

    private static void applyText(JComponent component, String key) {
        String text = get(key);
        if (component instanceof AbstractButton button) {
            button.setText(text);
        } else if (component instanceof JLabel label) {
            label.setText(text);
        } else if (component instanceof JTextComponent field) {
            field.setText(text);
        }
    }

    private static void applyDescription(JComponent component) {
        Object nameKey = component.getClientProperty(NAME_KEY);
        Object descKey = component.getClientProperty(DESC_KEY);
        if (nameKey != null) {
            component.getAccessibleContext().setAccessibleName(get((String) nameKey));
        }
        if (descKey != null) {
            // null: the component's tooltip (an action's description) already describes it
            String description = get((String) descKey);
            component.getAccessibleContext().setAccessibleDescription(description);
            component.setToolTipText(description);
        }
    }
}
