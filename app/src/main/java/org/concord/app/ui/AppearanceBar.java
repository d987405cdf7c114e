package org.concord.app.ui;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.concord.app.base.action.ActionId;
import org.concord.app.base.action.Actions;

/** The bar above every researcher screen: text size, light or dark, English or Cymraeg. Only draws. */
final class AppearanceBar extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JLabel size = new JLabel();
    private final JToggleButton light;
    private final JToggleButton dark;
    private final JToggleButton english;
    private final JToggleButton welsh;

    AppearanceBar(Actions actions) {
        super(new MigLayout("insets 6 12 6 12, hidemode 3",
                "[][][][]push[]unrel[]", // columns: size label, smaller, value, bigger, themes, languages
                "[]")); // rows
        setName("appearanceBar");
        JLabel sizeLabel = Texts.text(new JLabel(), "appearance.textSize");
        // Short labels keep the bar narrow at 250%; screen readers get the full name and description.
        JButton smaller = compact(actions.button(ActionId.FONT_SMALLER), "A\u2212", "appearance.smaller");
        JButton bigger = compact(actions.button(ActionId.FONT_BIGGER), "A+", "appearance.bigger");
        size.setName("fontScale");
        Texts.describe(size, "appearance.textSize", "appearance.textSize.desc");
        light = toggle(actions, ActionId.THEME_LIGHT);
        dark = toggle(actions, ActionId.THEME_DARK);
        english = toggle(actions, ActionId.LANGUAGE_ENGLISH);
        welsh = toggle(actions, ActionId.LANGUAGE_WELSH);
        add(sizeLabel);
        add(smaller);
        add(size);
        add(bigger);
        add(light, "split 2, gap 0");
        add(dark);
        add(english, "split 2, gap 0");
        add(welsh);
    }

    private static JButton compact(JButton button, String label, String nameKey) {
        button.setHideActionText(true);
        button.setText(label);
        Texts.describe(button, nameKey, null);
        return button;
    }

    private static JToggleButton toggle(Actions actions, ActionId id) {
        JToggleButton button = new JToggleButton(actions.get(id));
        button.setName(id.componentName());
        return button;
    }

    void show(Theme theme, float fontScale, boolean isWelsh) {
        size.setText(Math.round(fontScale * 100) + "%");
        light.setSelected(theme == Theme.LIGHT);
        dark.setSelected(theme == Theme.DARK);
        english.setSelected(!isWelsh);
        welsh.setSelected(isWelsh);
    }
}
