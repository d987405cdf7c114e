package org.concord.app.kiosk.panel;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.concord.app.kiosk.KioskText;

/**
 * Asks the researcher for the PIN before participant mode can be left. The check itself is the caller's (off the event
 * thread); this dialog only draws, hands over the typed PIN and shows the outcome.
 */
public final class PinDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final JPasswordField field = new JPasswordField(10);
    private final WrapText message;
    private final JButton ok;
    private final KioskText text;

    /** A dialog over {@code owner}; {@code check} receives the PIN (the receiver clears it after use). */
    public PinDialog(Window owner, KioskText text, Consumer<char[]> check) {
        super(owner, text.get("kiosk.pin.title"), ModalityType.DOCUMENT_MODAL);
        this.text = text;
        setName("kiosk.pin");
        setAlwaysOnTop(true);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        // columns: one; rows: prompt, field, message, buttons
        JPanel content = new JPanel(new MigLayout("insets dialog, fillx, wrap 1", "[grow, fill]"));
        WrapText prompt = new WrapText(text.get("kiosk.pin.prompt"), KioskStyle.font(1.1f, false));
        content.add(prompt, "wmin " + KioskStyle.mig(360));
        field.setName("kiosk.pin.field");
        field.setFont(KioskStyle.font(1.3f, false));
        field.getAccessibleContext().setAccessibleName(text.get("kiosk.pin.field"));
        field.getAccessibleContext().setAccessibleDescription(text.get("kiosk.pin.prompt"));
        content.add(field, "hmin " + KioskStyle.mig(KioskStyle.TOUCH));
        message = new WrapText("", KioskStyle.font(1f, true));
        message.setName("kiosk.pin.message");
        message.setForeground(KioskStyle.issueColor());
        content.add(message, "wmin 0");
        ok = new JButton(text.get("kiosk.pin.ok"));
        ok.setName("kiosk.pin.ok");
        JButton cancel = new JButton(text.get("kiosk.pin.cancel"));
        cancel.setName("kiosk.pin.cancel");
        ok.addActionListener(e -> {
            ok.setEnabled(false);
            message.setText(text.get("kiosk.pin.checking"));
            char[] pin = field.getPassword();
            field.setText("");
            check.accept(pin);
        });
        cancel.addActionListener(e -> dispose());
        content.add(ok, "split 2, tag ok, hmin " + KioskStyle.mig(40));
        content.add(cancel, "tag cancel, hmin " + KioskStyle.mig(40));
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setContentPane(content);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows that the PIN was wrong and lets the researcher try again. Call on the event thread. */
    public void wrong() {
        message.setText(text.get("kiosk.pin.wrong"));
        ok.setEnabled(true);
        field.requestFocusInWindow();
    }

    /** Clears a PIN once it has been checked. */
    public static void wipe(char[] pin) {
        Arrays.fill(pin, '\0');
    }
}
