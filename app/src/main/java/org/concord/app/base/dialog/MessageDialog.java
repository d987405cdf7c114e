package org.concord.app.base.dialog;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Locale;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;

/**
 * A message the researcher reads whole: an icon that matches it (information, or a warning when something needs their
 * attention), the message wrapped to the dialog's width, and optional detail lines, also wrapped, that scroll down
 * when there are many (never sideways). Either closes with OK, or asks a question with two answers. Its components are
 * named {@code <name>.message}, {@code <name>.details}, {@code <name>.ok} (or {@code .yes} and {@code .no}).
 */
public final class MessageDialog {
    /** Which icon the message gets. */
    public enum Kind {
        /** All went well: the information icon. */
        INFO,
        /** Something needs the researcher's attention: the warning icon. */
        WARNING,
        /** A question. */
        QUESTION
    }

    /** Up to this many detail lines are shown whole; more scroll down in a box. */
    private static final int SHOWN_WHOLE = 8;

    private MessageDialog() {
    }

    /** Shows {@code message} and {@code details} (may be empty) and waits until the researcher closes it. */
    public static void show(Component parent, Texts texts, String name, Kind kind, String title, String message,
                            List<String> details) {
        JDialog dialog = dialog(parent, name, title);
        JButton ok = button(texts, name + ".ok", "dialog.ok", dialog, null);
        build(dialog, texts, kind, name, message, details, ok);
        dialog.setVisible(true);
    }

    /**
     * Asks {@code message} (with {@code details}) and waits for the answer: true for the button labelled
     * {@code yesKey}, false for {@code noKey}, Escape or closing the window.
     */
    public static boolean confirm(Component parent, Texts texts, String name, String title, String message,
                                  List<String> details, String yesKey, String noKey) {
        JDialog dialog = dialog(parent, name, title);
        boolean[] answer = {false};
        JButton yes = button(texts, name + ".yes", yesKey, dialog, () -> answer[0] = true);
        JButton no = button(texts, name + ".no", noKey, dialog, null);
        build(dialog, texts, Kind.QUESTION, name, message, details, yes, no);
        dialog.setVisible(true);
        return answer[0];
    }

    private static JDialog dialog(Component parent, String name, String title) {
        Window owner = parent == null ? null : parent instanceof Window w ? w : SwingUtilities.getWindowAncestor(parent);
        JDialog dialog = new JDialog(owner, title, JDialog.ModalityType.DOCUMENT_MODAL);
        dialog.setName(name);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        return dialog;
    }

    private static JButton button(Texts texts, String name, String key, JDialog dialog, Runnable then) {
        JButton button = texts.text(new JButton(), key);
        button.setName(name);
        button.addActionListener(e -> {
            if (then != null) {
                then.run();
            }
            dialog.dispose();
        });
        return button;
    }

    private static void build(JDialog dialog, Texts texts, Kind kind, String name, String message,
                              List<String> details, JButton... buttons) {
        // The texts get a fixed width (about 40 characters wide, at most 60% of the screen), so that their wrapped
        // height is known before the dialog is sized.
        WrappingLabel text = new WrappingLabel(message, null);
        int textWidth = text.getFontMetrics(text.getFont()).charWidth('m') * 40;
        GraphicsConfiguration screen = dialog.getGraphicsConfiguration();
        if (screen != null) {
            textWidth = Math.min(textWidth, screen.getBounds().width * 6 / 10);
        }
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 2, hidemode 3",
                "[]unrel[" + textWidth + "px!]", // columns: icon, texts (real pixels: the width is measured)
                "[top]rel[top]para[]")); // rows: message, details, buttons
        Icon icon = UIManager.getIcon(switch (kind) {
            case INFO -> "OptionPane.informationIcon";
            case WARNING -> "OptionPane.warningIcon";
            case QUESTION -> "OptionPane.questionIcon";
        });
        JLabel iconLabel = new JLabel(icon);
        iconLabel.setName(name + ".icon." + kind.name().toLowerCase(Locale.ROOT));
        content.add(iconLabel, "spany 2, aligny top");
        text.setSize(textWidth, Short.MAX_VALUE);
        text.setName(name + ".message");
        text.getAccessibleContext().setAccessibleName(message);
        content.add(text, "wmin 0");
        StringBuilder bulleted = new StringBuilder();
        for (String line : details) {
            bulleted.append(bulleted.length() == 0 ? "" : "\n").append("\u2022 ").append(line);
        }
        WrappingLabel lines = new WrappingLabel(bulleted.toString(), null);
        lines.setName(name + ".details");
        lines.setSize(textWidth, Short.MAX_VALUE);
        lines.getAccessibleContext().setAccessibleName(message);
        lines.getAccessibleContext().setAccessibleDescription(texts.get("dialog.details.desc"));
        if (details.size() <= SHOWN_WHOLE) {
            // A few lines are shown whole, never in a box that hides some of them.
            lines.setVisible(!details.isEmpty());
            content.add(lines, "wmin 0");
        } else {
            // Focusable, so that a keyboard user can scroll through the lines (and copy them).
            lines.setFocusable(true);
            JScrollPane scroll = new JScrollPane(lines, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                    ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
            int lineHeight = lines.getFontMetrics(lines.getFont()).getHeight();
            content.add(scroll, "wmin 0, hmin " + lineHeight * 6 + "px, hmax " + lineHeight * 16 + "px");
        }
        for (int i = 0; i < buttons.length; i++) {
            content.add(buttons[i], (i == 0 ? "skip 1, split " + buttons.length + ", right, " : "")
                    + "sg buttons, growx 0");
        }
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(buttons[0]);
        // The wrapped texts know their height only once they have their width: lay out, then fit to what they need.
        dialog.pack();
        dialog.pack();
        fitScreen(dialog);
        dialog.setLocationRelativeTo(dialog.getOwner());
        buttons[0].requestFocusInWindow();
    }

    private static void fitScreen(JDialog dialog) {
        GraphicsConfiguration screen = dialog.getGraphicsConfiguration();
        if (screen == null) {
            return;
        }
        Dimension size = dialog.getSize();
        int maxHeight = screen.getBounds().height * 9 / 10;
        if (size.height > maxHeight) {
            dialog.setSize(size.width, maxHeight);
        }
    }
}
