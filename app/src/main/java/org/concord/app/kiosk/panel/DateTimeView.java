package org.concord.app.kiosk.panel;

import java.util.List;
import javax.swing.JComponent;
import javax.swing.JTextField;
import javax.swing.UIManager;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.session.FormSession;
import org.concord.session.TypedAnswers;

/**
 * A {@code date}, {@code time} or {@code datetime} question: typed, with the expected format shown under the field.
 * The session stores the answer as ISO-8601; once the field is left, it shows the answer as stored (so a date typed
 * as 1/3/2026 reads 2026-03-01, and the participant sees how it was understood).
 */
public final class DateTimeView extends QuestionView {
    private static final long serialVersionUID = 1L;

    private final JTextField field;
    private final TypedField typing;

    DateTimeView(Question q, FormSession session, Texts text, AnswerSink sink) {
        super(q, session, text, sink, true);
        field = new JTextField(q.type() == QuestionType.DATETIME ? 16 : q.type() == QuestionType.DATE ? 10 : 6);
        field.setFont(KioskStyle.font(1.1f, false));
        field.setName("q." + q.name() + ".text");
        field.putClientProperty("FlatLaf.style", "focusWidth: 3; innerFocusWidth: 1");
        // A date or time is retyped whole: coming back to it by keyboard selects it, so typing replaces it.
        field.putClientProperty("JTextField.selectAllOnFocusPolicy", "always");
        String format = text.get("kiosk.typed." + q.type().xlsformName());
        field.getAccessibleContext().setAccessibleName(session.text(q.label()));
        field.getAccessibleContext().setAccessibleDescription(format);
        typing = new TypedField(field, TypedAnswers.shown(q, session.answer(q.name())),
                value -> sink.answer(q, value, false));
        add(field, "growx 0, wmin 0, hmin " + KioskStyle.mig(KioskStyle.TOUCH));
        WrappingLabel formatLine = new WrappingLabel(format, KioskStyle.font(0.95f, false));
        formatLine.setForeground(UIManager.getColor("Label.disabledForeground"));
        formatLine.setName("q." + q.name() + ".format");
        add(formatLine, "wmin 0");
        addIssueLine();
    }

    @Override
    public void commit() {
        typing.commit();
    }

    @Override
    public void showAnswer(FormSession session) {
        boolean readOnly = session.isReadOnly(question);
        field.setEditable(!readOnly);
        String stored = TypedAnswers.shown(question, session.answer(question.name()));
        // Never rewrite what the participant is typing; an answer that reads is shown as stored once they leave.
        if (readOnly || !field.isFocusOwner() && stored != null && TypedAnswers.issue(question,
                session.answer(question.name())) == null) {
            typing.show(stored);
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
