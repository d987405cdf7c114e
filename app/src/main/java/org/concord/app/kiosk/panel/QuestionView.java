package org.concord.app.kiosk.panel;

import java.awt.Color;
import java.awt.Component;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.session.FormSession;

/** One question drawn on a page: label, hint, the answer controls and the message about the answer, if any. */
public abstract class QuestionView extends JPanel {
    private static final long serialVersionUID = 1L;

    /** The question shown. */
    protected final Question question;
    /** Where the participant's answers go. */
    protected final AnswerSink sink;
    private static final String BASE_DESCRIPTION = "concord.baseDescription";
    private final WrappingLabel issue;
    /** The label and hint shown (null when the view shows none), and " (required)" after the label or "". */
    private WrappingLabel title;
    private WrappingLabel hintText;
    private final String requiredWord;

    /** A view of {@code question} with its label and hint in the session's language. */
    protected QuestionView(Question question, FormSession session, Texts text, AnswerSink sink,
                           boolean showLabel) {
        // columns: one, full width; rows: label, hint, controls, message
        super(new MigLayout("insets " + KioskStyle.mig(8) + " " + KioskStyle.mig(14) + ", fillx, wrap 1, hidemode 3",
                "[grow, fill]"));
        this.question = question;
        this.sink = sink;
        setName("q." + question.name());
        setOpaque(false);
        highlight(false);
        String label = session.shownText(question.label(), question);
        boolean required = question.required() != null && question.required().test(session::answer, null);
        requiredWord = required ? "  (" + text.get("kiosk.required") + ")" : "";
        if (showLabel) {
            title = new WrappingLabel(label + requiredWord, KioskStyle.font(question.type() == QuestionType.NOTE ? 1.1f
                    : 1.2f, question.type() != QuestionType.NOTE));
            title.setName("q." + question.name() + ".label");
            add(title, "wmin 0");
        }
        String hint = session.shownText(question.hint(), question);
        if (!hint.isBlank()) {
            hintText = new WrappingLabel(hint, KioskStyle.font(1f, false));
            hintText.setForeground(UIManager.getColor("Label.disabledForeground"));
            hintText.setName("q." + question.name() + ".hint");
            add(hintText, "wmin 0");
        }
        getAccessibleContext().setAccessibleName(label);
        getAccessibleContext().setAccessibleDescription(hint.isBlank() ? null : hint);
        issue = new WrappingLabel("", KioskStyle.font(1.05f, true));
        issue.setForeground(KioskStyle.issueColor());
        issue.setName("q." + question.name() + ".issue");
        issue.setVisible(false);
    }

    /** Shows the label and hint again with the answers their {@code ${name}} references hold now. */
    public void refreshTexts(FormSession session) {
        if (title != null) {
            String shown = session.shownText(question.label(), question) + requiredWord;
            if (!shown.equals(title.getText())) {
                title.setText(shown);
                getAccessibleContext().setAccessibleName(shown);
            }
        }
        if (hintText != null) {
            String hint = session.shownText(question.hint(), question);
            if (!hint.equals(hintText.getText())) {
                hintText.setText(hint);
            }
        }
    }

    /** Adds the message line last; subclasses call it after adding their controls. */
    protected final void addIssueLine() {
        add(issue, "wmin 0");
    }

    /** The question shown. */
    public Question question() {
        return question;
    }

    /** Shows the answer the session holds now. */
    public abstract void showAnswer(FormSession session);

    /** Moves the keyboard focus into the controls; false when there is nothing to focus (a note). */
    public abstract boolean focusControls();

    /** Focuses the selected button of a choice row, else its first one; false when none can take the focus. */
    protected static boolean focusSelectedOrFirst(List<? extends AbstractButton> buttons) {
        for (AbstractButton b : buttons) {
            if (b.isSelected()) {
                return b.requestFocusInWindow();
            }
        }
        return !buttons.isEmpty() && buttons.get(0).requestFocusInWindow();
    }

    /**
     * Binds the digits 1 to 9 (and the keypad's) on a focused answer button to {@code chosen}, which receives the
     * digit; a digit beyond the answers is ignored there (the answers may still be being added when this is called).
     * The digit is taken when it is typed, not when its key goes down: an answer moves the focus on, and a character
     * typed after the key went down would otherwise follow the focus into the next question (a text field would
     * receive the digit).
     */
    protected static void bindDigits(AbstractButton b, java.util.function.IntConsumer chosen) {
        javax.swing.InputMap keys = b.getInputMap(JComponent.WHEN_FOCUSED);
        for (int k = 1; k <= 9; k++) {
            String id = "answer" + k;
            keys.put(javax.swing.KeyStroke.getKeyStroke((char) ('0' + k)), id);
            int digit = k;
            b.getActionMap().put(id, new javax.swing.AbstractAction() {
                private static final long serialVersionUID = 1L;

                @Override
                public void actionPerformed(java.awt.event.ActionEvent e) {
                    chosen.accept(digit);
                }
            });
        }
    }

    /** Hands typed text to the session now (text views); other views save as soon as they are clicked. */
    public void commit() {
    }

    /** Stops what the view runs in the background (a typing timer) when the page goes away. */
    public void dispose() {
    }

    /** Shows {@code message} next to the question, or hides it when null. */
    public void showIssue(String message) {
        issue.setText(message == null ? "" : message);
        issue.setVisible(message != null);
        for (JComponent control : accessibleControls()) {
            Object base = control.getClientProperty(BASE_DESCRIPTION);
            if (base == null) {
                base = String.valueOf(control.getAccessibleContext().getAccessibleDescription());
                control.putClientProperty(BASE_DESCRIPTION, base);
            }
            // Screen readers read the description with the control: put the message first so it is heard.
            control.getAccessibleContext().setAccessibleDescription(message == null ? (String) base
                    : message + " " + base);
        }
    }

    /** The text of the message shown, or null. */
    public String issueText() {
        return issue.isVisible() ? issue.getText() : null;
    }

    /** The controls whose accessible descriptions carry the message. */
    protected List<? extends JComponent> accessibleControls() {
        return List.of();
    }

    /** Marks the view as holding the keyboard focus: an accent bar on its left. */
    public final void highlight(boolean on) {
        Color c = on ? KioskStyle.accent() : new Color(0, 0, 0, 0);
        setBorder(BorderFactory.createMatteBorder(0, KioskStyle.px(5), 0, 0, c));
    }

    /** True when {@code c} is inside this view. */
    public boolean holds(Component c) {
        for (Component p = c; p != null; p = p.getParent()) {
            if (p == this) {
                return true;
            }
        }
        return false;
    }

    /** The view for a question of any type. */
    public static QuestionView of(Question q, FormSession session, Texts text, AnswerSink sink) {
        return switch (q.type()) {
            case SELECT_ONE -> session.isScale(q) ? new ScaleView(q, session, text, sink)
                    : new ChoiceView(q, session, text, sink);
            case SELECT_MULTIPLE -> new ChoiceView(q, session, text, sink);
            case RANK -> new RankView(q, session, text, sink);
            case ACKNOWLEDGE -> new AcknowledgeView(q, session, text, sink);
            case NOTE -> new NoteView(q, session, text, sink);
            case DATE, TIME, DATETIME -> new DateTimeView(q, session, text, sink);
            case RANGE -> new RangeView(q, session, text, sink);
            default -> new TextView(q, session, text, sink);
        };
    }

    /** A note: text only. */
    static final class NoteView extends QuestionView {
        private static final long serialVersionUID = 1L;

        NoteView(Question q, FormSession session, Texts text, AnswerSink sink) {
            super(q, session, text, sink, true);
            addIssueLine();
        }

        @Override
        public void showAnswer(FormSession session) {
        }

        @Override
        public boolean focusControls() {
            return false;
        }
    }
}
