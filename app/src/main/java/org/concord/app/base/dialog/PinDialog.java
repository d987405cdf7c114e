package org.concord.app.base.dialog;

import java.awt.Color;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Appearance;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.concord.app.base.WrappingLabel;

/**
 * Asks for a PIN: opening a study, leaving participant mode, unlocking; or, to change it, the current PIN and the new
 * one twice ({@link #forChange}: texts {@code <prefix>.new} and {@code <prefix>.again} too, fields named likewise).
 * Its texts are {@code <prefix>.title}, {@code .field},
 * {@code .ok} and {@code .cancel} (each with a {@code .desc}), {@code .checking}, {@code .wrong} and {@code .failed}; its
 * components are named
 * {@code <prefix>}, {@code <prefix>.field}, {@code .message}, {@code .ok} and {@code .cancel}. The check is the
 * caller's (off the event thread); this dialog only draws, hands over the typed PIN and shows the outcome.
 */
public final class PinDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    /** What the caller does with a typed PIN: check it, then call {@link #accepted}, {@link #wrong} or {@link #failed}. */
    @FunctionalInterface
    public interface Check {
        /** Checks {@code pin} (the receiver clears it after use) for {@code dialog}. */
        void check(char[] pin, PinDialog dialog);
    }

    /** What the caller does with a PIN change: check the current PIN and the new one, then report as for a check. */
    @FunctionalInterface
    public interface ChangeCheck {
        /** Checks {@code current} and changes to {@code fresh}, typed again as {@code again} (the receiver clears all). */
        void change(char[] current, char[] fresh, char[] again, PinDialog dialog);
    }

    /** A light orange-red: 5.3:1 against the dark theme's panel background #3C3F41 (WCAG formula). */
    private static final Color DARK_THEME_ISSUE = new Color(0xFF, 0x9E, 0x80);

    private final transient Texts texts;
    private final String prefix;
    private final JPasswordField field = new JPasswordField(12);
    private final JPasswordField fresh = new JPasswordField(12);
    private final JPasswordField again = new JPasswordField(12);
    private final WrappingLabel message;
    private final JButton ok;
    private boolean accepted;

    /**
     * A dialog over {@code owner} saying {@code prompt}; {@code large} sizes its text for a touch screen.
     * {@code cancelled} runs once when it is closed without a PIN being accepted.
     */
    public PinDialog(Window owner, Texts texts, String prefix, String prompt, boolean large, Check check,
            Runnable cancelled) {
        this(owner, texts, prefix, prompt, large, check, null, cancelled);
    }

    /**
     * A dialog over {@code owner} that asks for the current PIN and a new one typed twice, and hands all three to
     * {@code change}; {@code cancelled} runs once when it is closed without a change accepted.
     */
    public static PinDialog forChange(Window owner, Texts texts, String prefix, String prompt, ChangeCheck change,
                                      Runnable cancelled) {
        return new PinDialog(owner, texts, prefix, prompt, false, null, change, cancelled);
    }

    private PinDialog(Window owner, Texts texts, String prefix, String prompt, boolean large, Check check,
            ChangeCheck change, Runnable cancelled) {
        super(owner, texts.get(prefix + ".title"), ModalityType.DOCUMENT_MODAL);
        this.texts = texts;
        this.prefix = prefix;
        setName(prefix);
        setAlwaysOnTop(large);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        float scale = large ? 1.1f : 1f;
        // columns: one; rows: prompt, field, message, buttons
        JPanel content = new JPanel(new MigLayout("insets dialog, fillx, wrap 1", "[grow, fill]"));
        int promptWidth = large || change != null ? 360 : 280;
        content.add(new WrappingLabel(prompt, Appearance.font(scale, false)), "wmin " + promptWidth);
        field.setName(prefix + ".field");
        field.setFont(Appearance.font(large ? 1.3f : 1f, false));
        texts.describe(field, prefix + ".field", null);
        field.getAccessibleContext().setAccessibleDescription(prompt);
        if (change != null) {
            JLabel current = texts.text(new JLabel(), prefix + ".field");
            current.setLabelFor(field);
            content.add(current);
        }
        content.add(field, large ? "hmin 48" : "");
        if (change != null) {
            for (JPasswordField extra : new JPasswordField[] {fresh, again}) {
                String key = prefix + (extra == fresh ? ".new" : ".again");
                extra.setName(key);
                JLabel label = texts.text(new JLabel(), key);
                label.setLabelFor(extra);
                texts.describe(extra, key, null);
                extra.getAccessibleContext().setAccessibleDescription(prompt);
                content.add(label);
                content.add(extra);
            }
        }
        message = new WrappingLabel("", Appearance.font(1f, true));
        message.setName(prefix + ".message");
        message.setForeground(messageColor());
        content.add(message, "wmin 0");
        ok = texts.text(new JButton(), prefix + ".ok");
        ok.setName(prefix + ".ok");
        texts.describe(ok, prefix + ".ok", prefix + ".ok.desc");
        JButton cancel = texts.text(new JButton(), prefix + ".cancel");
        cancel.setName(prefix + ".cancel");
        texts.describe(cancel, prefix + ".cancel", prefix + ".cancel.desc");
        ok.addActionListener(e -> {
            ok.setEnabled(false);
            message.setText(texts.get(prefix + ".checking"));
            char[] pin = field.getPassword();
            field.setText("");
            if (change != null) {
                char[] typed = fresh.getPassword();
                char[] typedAgain = again.getPassword();
                fresh.setText("");
                again.setText("");
                change.change(pin, typed, typedAgain, this);
            } else {
                check.check(pin, this);
            }
        });
        cancel.addActionListener(e -> dispose());
        String buttonHeight = large ? ", hmin 40" : "";
        content.add(ok, "split 2, tag ok" + buttonHeight);
        content.add(cancel, "tag cancel" + buttonHeight);
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                wipe(field.getPassword());
                if (!accepted) {
                    accepted = true;
                    cancelled.run();
                }
            }
        });
        setContentPane(content);
        pack();
        setLocationRelativeTo(owner);
    }

    /** The colour of the message: the issue colour, lightened on the dark theme where it would not be readable. */
    private static Color messageColor() {
        return Appearance.theme() == Theme.DARK ? DARK_THEME_ISSUE : Appearance.issueColor();
    }

    /** The PIN was right: closes the dialog without counting as cancelled. Call on the event thread. */
    public void accepted() {
        accepted = true;
        dispose();
    }

    /** Shows that the PIN was wrong and lets the researcher try again. Call on the event thread. */
    public void wrong() {
        retry(texts.get(prefix + ".wrong"));
    }

    /** Shows {@code problem} (e.g. what is wrong with a new PIN) and lets the researcher try again. */
    public void problem(String problem) {
        retry(problem);
    }

    /** Shows that the PIN could not be checked ({@code reason}) and lets the researcher try again. */
    public void failed(String reason) {
        retry(texts.get(prefix + ".failed", reason));
    }

    /** The message shown under the field (for tests). */
    public String message() {
        return message.getText();
    }

    private void retry(String text) {
        message.setText(text);
        // The message may need more lines than there was room for: fit the dialog to it (wrapped text twice).
        pack();
        pack();
        ok.setEnabled(true);
        field.requestFocusInWindow();
    }

    /** Clears a PIN once it has been checked. */
    public static void wipe(char[] pin) {
        Arrays.fill(pin, '\0');
    }
}
