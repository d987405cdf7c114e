package org.concord.app.ui;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingRowLayout;
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
        this.texts = texts;
        // Text size on the left, themes and languages on the right, while they fit one row.
        setLayout(new WrappingRowLayout(2));
        setName("appearanceBar");
        setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 12, 6, 12));
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
        // Groups never cut: on one row when the window is wide enough, else as many rows as needed.
        add(sizeLabel);
        add(group("[][][]", smaller, size, bigger)); // columns: smaller, value, bigger
        add(group("[]0[]", light, dark)); // columns: light, dark
        add(group("[]0[]", english, welsh)); // columns: English, Cymraeg
    }

    private static JPanel group(String columns, JComponent... parts) {
        JPanel group = new JPanel(new MigLayout("insets 0", columns, "[]")); // rows: one
        group.setOpaque(false);
        for (JComponent part : parts) {
            group.add(part);
        }
        return group;
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
