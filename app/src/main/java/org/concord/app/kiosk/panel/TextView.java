package org.concord.app.kiosk.panel;

import java.util.List;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
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
    private final JTextComponent field;
    private final TypedField typing;

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
        String label = session.shownText(q.label(), q);
        String hint = session.shownText(q.hint(), q);
        field.getAccessibleContext().setAccessibleName(label);
        field.getAccessibleContext().setAccessibleDescription(hint.isBlank() ? text.get("kiosk.text.name") : hint);
        typing = new TypedField(field, session.answer(q.name()), value -> sink.answer(q, value, false));
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
        typing.commit();
    }

    @Override
    public void showAnswer(FormSession session) {
        // The field is the participant's own typing; never overwrite it while they type (a read-only one shows the
        // answer it was given).
        boolean readOnly = session.isReadOnly(question);
        field.setEditable(!readOnly);
        // A calculation with a trigger sets the answer when the trigger's answer changes on another field.
        if (readOnly || question.calculation() != null && !field.isFocusOwner()) {
            typing.show(session.answer(question.name()));
        }
    }

    @Override
    public boolean focusControls() {
        return field.requestFocusInWindow();
    }

    @Override
    protected List<? extends JComponent> accessibleControls() {
        return List.of(field);
    }

    @Override
    public void dispose() {
        typing.dispose();
    }
}
