package org.concord.app.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
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
        this.texts = texts;
        setLayout(new GroupsLayout());
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
        // Three groups, never cut: on one row when the window is wide enough, else as many rows as needed.
        add(group("[][][][]", sizeLabel, smaller, size, bigger)); // columns: size label, smaller, value, bigger
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

    /**
     * Lays the groups out in rows at their preferred sizes, as many to a row as fit the bar's width. On one row the
     * text size stays left and the others go right; the preferred height is that of the rows the current width needs,
     * so the bar grows taller rather than cutting a label when the window is narrow or the text large.
     */
    private final class GroupsLayout implements LayoutManager {
        private int laidOutRows = 1;

        @Override
        public void addLayoutComponent(String name, Component comp) {
        }

        @Override
        public void removeLayoutComponent(Component comp) {
        }

        @Override
        public Dimension preferredLayoutSize(Container parent) {
            Insets in = parent.getInsets();
            int width = 0;
            for (Component c : parent.getComponents()) {
                width += c.getPreferredSize().width + gap();
            }
            int available = parent.getWidth() - in.left - in.right;
            int height = rows(parent, available > 0 ? available : width).stream()
                    .mapToInt(row -> row.stream().mapToInt(c -> c.getPreferredSize().height).max().orElse(0))
                    .sum();
            return new Dimension(width - gap() + in.left + in.right, height + in.top + in.bottom);
        }

        @Override
        public Dimension minimumLayoutSize(Container parent) {
            Insets in = parent.getInsets();
            int width = 0;
            for (Component c : parent.getComponents()) {
                width = Math.max(width, c.getPreferredSize().width);
            }
            return new Dimension(width + in.left + in.right, preferredLayoutSize(parent).height);
        }

        @Override
        public void layoutContainer(Container parent) {
            Insets in = parent.getInsets();
            int available = parent.getWidth() - in.left - in.right;
            List<List<Component>> rows = rows(parent, available);
            int y = in.top;
            for (List<Component> row : rows) {
                int height = row.stream().mapToInt(c -> c.getPreferredSize().height).max().orElse(0);
                int used = row.stream().mapToInt(c -> c.getPreferredSize().width + gap()).sum() - gap();
                int x = in.left;
                for (int i = 0; i < row.size(); i++) {
                    Component c = row.get(i);
                    Dimension d = c.getPreferredSize();
                    if (rows.size() == 1 && i == 1) {
                        x += Math.max(0, available - used); // push: themes and languages to the right
                    }
                    c.setBounds(x, y + (height - d.height) / 2, d.width, d.height);
                    x += d.width + gap();
                }
                y += height;
            }
            if (rows.size() != laidOutRows) {
                // The height the window gave the bar was asked for at the old width: ask again.
                laidOutRows = rows.size();
                SwingUtilities.invokeLater(parent::revalidate);
            }
        }

        private List<List<Component>> rows(Container parent, int available) {
            List<List<Component>> rows = new ArrayList<>();
            List<Component> row = new ArrayList<>();
            int x = 0;
            for (Component c : parent.getComponents()) {
                int w = c.getPreferredSize().width;
                if (!row.isEmpty() && x + gap() + w > available) {
                    rows.add(row);
                    row = new ArrayList<>();
                    x = 0;
                }
                x += (row.isEmpty() ? 0 : gap()) + w;
                row.add(c);
            }
            rows.add(row);
            return rows;
        }

        /** The space between groups: an em of the bar's font. */
        private int gap() {
            return getFontMetrics(getFont()).charWidth('m');
        }
    }
}
