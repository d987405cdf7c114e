package org.concord.app.kiosk.panel;

import javax.swing.Action;
import javax.swing.JButton;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.WrappingLabel;

/** A screen with a text and one large button: the clean start screen, "getting ready" and the thank-you page. */
public final class MessagePanel extends ScrollablePage {
    private static final long serialVersionUID = 1L;

    private JButton button;

    /** Shows {@code text} and, when {@code action} is not null, a button for it named {@code buttonName}. */
    public MessagePanel(String name, String text, Action action, String buttonName) {
        // columns: one, centred; rows: space, text, button, space
        super(new MigLayout("insets " + KioskStyle.mig(40) + ", fillx, wrap 1", "[grow, center]",
                "push[]" + KioskStyle.mig(30) + "[]push"));
        setName(name);
        WrappingLabel message = new WrappingLabel(text, KioskStyle.font(1.4f, false));
        message.setName(name + ".text");
        add(message, "growx, wmin 0, wmax " + KioskStyle.mig(900));
        if (action != null) {
            button = new JButton(action);
            button.setName(buttonName);
            button.setFont(KioskStyle.font(1.4f, true));
            button.putClientProperty("FlatLaf.style", "focusWidth: 3; innerFocusWidth: 1");
            add(button, "wmin " + KioskStyle.mig(200) + ", hmin " + KioskStyle.mig(64));
        }
    }

    /** Puts the keyboard focus on the button. */
    public void focusButton() {
        if (button != null) {
            button.requestFocusInWindow();
        }
    }
}
