package org.concord.app.kiosk.panel;

import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Hands what is typed in a field to the session when the field loses the focus, after a short pause in typing (so a
 * power cut loses at most the last second of typing), and when {@link #commit} is called before the page changes.
 */
final class TypedField {
    private static final int PAUSE_MS = 800;

    private final JTextComponent field;
    private final Consumer<String> onCommit;
    private final Timer pause;
    private String committed;

    /** Watches {@code field}, which shows {@code initial} (null: empty); {@code onCommit} receives a changed text. */
    TypedField(JTextComponent field, String initial, Consumer<String> onCommit) {
        this.field = field;
        this.onCommit = onCommit;
        this.committed = initial;
        field.setText(initial == null ? "" : initial);
        pause = new Timer(PAUSE_MS, e -> commit());
        pause.setRepeats(false);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                pause.restart();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                pause.restart();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                pause.restart();
            }
        });
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                commit();
            }
        });
    }

    /** Hands the text to the session now when it changed since it was last handed over (blank: no answer). */
    void commit() {
        pause.stop();
        String now = field.getText();
        String value = now.isBlank() ? null : now;
        if (!Objects.equals(value, committed)) {
            committed = value;
            onCommit.accept(value);
        }
    }

    /** Shows {@code value} (the stored answer in the format typed) as already handed over. */
    void show(String value) {
        committed = value;
        field.setText(value == null ? "" : value);
        pause.stop();
    }

    /** Stops the typing timer when the page goes away. */
    void dispose() {
        pause.stop();
    }
}
