package org.concord.app.base.dialog;

import java.awt.Component;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;

/** Shows what went wrong as a readable list, one problem per line. */
public final class ProblemsDialog {
    private ProblemsDialog() {
    }

    /** Shows {@code lines} under {@code heading}, and waits until the researcher closes it. */
    public static void show(Component parent, Texts texts, String heading, List<String> lines) {
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1, fill",
                "[grow, fill, 300:600:900]", // columns
                "[]rel[grow, fill]")); // rows: heading, list
        content.add(new JLabel(heading));
        JList<String> list = new JList<>(lines.toArray(String[]::new));
        list.setName("problems.list");
        texts.describe(list, "problems.list", "problems.list.desc");
        list.setVisibleRowCount(Math.min(10, Math.max(1, lines.size())));
        content.add(new JScrollPane(list));
        JOptionPane.showMessageDialog(parent, content, texts.get("problems.title"), JOptionPane.WARNING_MESSAGE);
    }
}
