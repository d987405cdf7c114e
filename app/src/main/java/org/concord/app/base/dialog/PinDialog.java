package org.concord.app.base.dialog;

import java.awt.Window;
import java.util.Arrays;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;

/** Asks for the admin PIN. Modal; {@link #ask} returns the PIN typed, or null when cancelled. */
public final class PinDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final JPasswordField pin = new JPasswordField(12);
    private char[] result;

    private PinDialog(Window owner, String message) {
        super(owner, Texts.get("pin.title"), ModalityType.APPLICATION_MODAL);
        setName("pinDialog");
        JPanel content = new JPanel(new MigLayout("insets dialog, hidemode 3, wrap 2",
                "[][grow, fill, 120:180:]", // columns: label, field
                "[]rel[]para[]")); // rows: message, PIN, buttons
        JLabel text = new JLabel(message);
        text.setName("pin.message");
        pin.setName("pin.field");
        JLabel label = Texts.text(new JLabel(), "pin.label");
        label.setLabelFor(pin);
        Texts.describe(pin, "pin.label", "pin.desc");
        JButton ok = Texts.text(new JButton(), "dialog.ok");
        ok.setName("pin.ok");
        Texts.describe(ok, "dialog.ok", "pin.ok.desc");
        JButton cancel = Texts.text(new JButton(), "dialog.cancel");
        cancel.setName("pin.cancel");
        Texts.describe(cancel, "dialog.cancel", "pin.cancel.desc");
        ok.addActionListener(e -> {
            result = pin.getPassword();
            dispose();
        });
        cancel.addActionListener(e -> dispose());
        content.add(text, "span");
        content.add(label);
        content.add(pin);
        content.add(cancel, "span, split 2, tag cancel");
        content.add(ok, "tag ok");
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setContentPane(content);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog with {@code message} and waits; the PIN typed, or null when cancelled. */
    public static char[] ask(Window owner, String message) {
        PinDialog dialog = new PinDialog(owner, message);
        dialog.setVisible(true);
        char[] typed = dialog.result;
        char[] field = dialog.pin.getPassword();
        Arrays.fill(field, '\0');
        return typed;
    }
}
