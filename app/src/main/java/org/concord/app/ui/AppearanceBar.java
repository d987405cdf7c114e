package org.concord.app.ui;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;

/** The bar above every researcher screen: text size, light or dark, English or Cymraeg. Only draws. */
final class AppearanceBar extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;

    private final JLabel size = new JLabel();
    private final JToggleButton light;
    private final JToggleButton dark;
    private final JToggleButton english;
    private final JToggleButton welsh;

    AppearanceBar(Texts texts, Actions actions) {
        super(new MigLayout("insets 6 12 6 12, hidemode 3",
                "[][][][]push[]unrel[]", // columns: size label, smaller, value, bigger, themes, languages
                "[]"));
        this.texts = texts; // rows
        setName("appearanceBar");
        JLabel sizeLabel = texts.text(new JLabel(), "appearance.textSize");
        // Short labels keep the bar narrow at 250%; screen readers get the full name and description.
        JButton smaller = compact(actions.button(ActionModel.FONT_SMALLER), "A\u2212", "appearance.smaller");
        JButton bigger = compact(actions.button(ActionModel.FONT_BIGGER), "A+", "appearance.bigger");
        size.setName("fontScale");
        texts.describe(size, "appearance.textSize", "appearance.textSize.desc");
        light = actions.toggle(ActionModel.THEME_LIGHT);
        dark = actions.toggle(ActionModel.THEME_DARK);
        english = actions.toggle(ActionModel.LANGUAGE_ENGLISH);
        welsh = actions.toggle(ActionModel.LANGUAGE_WELSH);
        add(sizeLabel);
        add(smaller);
        add(size);
        add(bigger);
        add(light, "split 2, gap 0");
        add(dark);
        add(english, "split 2, gap 0");
        add(welsh);
    }

    private JButton compact(JButton button, String label, String nameKey) {
        button.setHideActionText(true);
        button.setText(label);
        texts.describe(button, nameKey, null);
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
