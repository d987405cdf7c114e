package org.concord.app.kiosk.panel;

import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.List;
import java.util.Objects;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import org.concord.app.base.Texts;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.session.FormSession;

/**
 * A text, integer or decimal question. What is typed goes to the session when the field loses the focus, after a short
 * pause in typing (so a power cut loses at most the last second of typing), and before the page changes.
 */
public final class TextView extends QuestionView {
    private static final long serialVersionUID = 1L;
    private static final int PAUSE_MS = 800;

    private final JTextComponent field;
    private final Timer pause;
    private String committed;

    TextView(Question q, FormSession session, Texts text, AnswerSink sink) {
        super(q, session, text, sink, true);
        boolean number = q.type() == QuestionType.INTEGER || q.type() == QuestionType.DECIMAL;
        boolean multiline = !number && q.appearance() != null && q.appearance().contains("multiline");
        field = multiline ? new JTextArea(4, 40) : new JTextField(number ? 8 : 40);
        field.setFont(KioskStyle.font(1.1f, false));
        field.setName("q." + q.name() + ".text");
        if (field instanceof JTextField) {
            // A text area has no focus border of its own; its scroll pane shows the focus.
            field.putClientProperty("FlatLaf.style", "focusWidth: 3; innerFocusWidth: 1");
        }
        String label = session.text(q.label());
        String hint = session.text(q.hint());
        field.getAccessibleContext().setAccessibleName(label);
        field.getAccessibleContext().setAccessibleDescription(hint.isBlank() ? text.get("kiosk.text.name") : hint);
        committed = session.answer(q.name());
        field.setText(committed == null ? "" : committed);
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
        int touch = KioskStyle.mig(KioskStyle.TOUCH);
        if (field instanceof JTextArea area) {
            area.setLineWrap(true);
            area.setWrapStyleWord(true);
            // Tab moves on rather than typing a tab, so the keyboard never gets stuck in the box.
            area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
            area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
            add(new JScrollPane(area), "growx, wmin 0, hmin " + touch * 2);
        } else {
            add(field, (number ? "growx 0" : "growx") + ", wmin 0, hmin " + touch);
        }
        addIssueLine();
    }

    @Override
    public void commit() {
        pause.stop();
        String now = field.getText();
        String value = now.isBlank() ? null : now;
        if (!Objects.equals(value, committed)) {
            committed = value;
            sink.answer(question, value, false);
        }
    }

    @Override
    public void showAnswer(FormSession session) {
        // The field is the participant's own typing; never overwrite it while they type.
    }

    @Override
    public boolean focusControls() {
        return field.requestFocusInWindow();
    }

    @Override
    protected List<? extends JComponent> accessibleControls() {
        return List.of(field);
    }

    /** Stops the typing timer when the page goes away. */
    public void dispose() {
        pause.stop();
    }
}
