package org.concord.app.kiosk.panel;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.InputMap;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JToggleButton;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import org.concord.app.base.Texts;
import org.concord.forms.Choice;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.session.FormSession;

/** A select_one that is not a scale (large toggle buttons, one under another) or a select_multiple (check boxes). */
public final class ChoiceView extends QuestionView {
    private static final long serialVersionUID = 1L;
    /** The most buttons made ahead for a cascading select: a list longer than this makes the rest when shown. */
    private static final int MADE_AHEAD = 250;
    /** How many buttons are made ahead at a time, between the events waiting (a key press waits for one such turn). */
    private static final int MADE_AT_A_TIME = 30;

    /** The buttons shown, one per choice let through now: the first ones of {@link #made}. */
    private final List<AbstractButton> buttons = new ArrayList<>();
    /** Every button made so far, by place in the list. */
    private final List<AbstractButton> made = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final JPanel list;
    private final Texts text;
    private final FormSession session;
    /** Whether the buttons for the filter's longest possible list are being made ahead (once the page is shown). */
    private boolean makingAhead;

    ChoiceView(Question q, FormSession session, Texts text, AnswerSink sink) {
        super(q, session, text, sink, true);
        this.text = text;
        this.session = session;
        // columns: one, full width; rows: one per answer (rebuilt when a choice_filter lets other answers through)
        list = new JPanel(new AnswerColumn(KioskStyle.mig(6), KioskStyle.mig(KioskStyle.TOUCH)));
        list.setOpaque(false);
        add(list, "growx, wmin 0");
        build(session.choices(q), session);
        addIssueLine();
    }

    /**
     * Shows one button per choice in place of the ones shown before. The buttons already made are reused in their
     * places (their listeners and keys go by place, and only their texts and names change), so that a cascading
     * select's answer that lets another long list through makes no new buttons.
     */
    private void build(List<Choice> choices, FormSession session) {
        values.clear();
        texts.clear();
        for (Choice c : choices) {
            values.add(c.name());
            texts.add(session.text(c.label()));
        }
        while (buttons.size() > values.size()) {
            list.remove(buttons.remove(buttons.size() - 1));
        }
        for (int i = 0; i < values.size(); i++) {
            if (i == buttons.size()) {
                AbstractButton b = i < made.size() ? made.get(i) : make(i, session);
                buttons.add(b);
                list.add(b);
            }
            AbstractButton b = buttons.get(i);
            b.setText(texts.get(i));
            b.setName("q." + question.name() + "." + values.get(i));
        }
        list.revalidate();
        list.repaint();
    }

    /**
     * Once the page is shown, a cascading select makes ahead, a few at a time while the participant reads, the buttons
     * for as many answers as its filter could let through (every answer of its list, at most {@value #MADE_AHEAD}):
     * the answer that changes the filter then reuses them instead of making a long list of buttons while the
     * participant waits (that was the slow key press of a cascading select).
     */
    @Override
    public void addNotify() {
        super.addNotify();
        if (!makingAhead && question.options().choiceFilter() != null) {
            makingAhead = true;
            int all = session.form().choicesOf(question).map(l -> l.choices().size()).orElse(0);
            makeAhead(Math.min(all, MADE_AHEAD));
        }
    }

    private void makeAhead(int upTo) {
        javax.swing.SwingUtilities.invokeLater(() -> {
            if (!isDisplayable()) {
                return;
            }
            for (int i = 0; i < MADE_AT_A_TIME && made.size() < upTo; i++) {
                make(made.size(), session);
            }
            if (made.size() < upTo) {
                makeAhead(upTo);
            }
        });
    }

    /** The button at place {@code index} of the list, answering with whichever choice is shown there. */
    private AbstractButton make(int index, FormSession session) {
        boolean multiple = question.type() == QuestionType.SELECT_MULTIPLE;
        AbstractButton b = multiple ? AnswerButtons.box("") : AnswerButtons.toggle("");
        b.setHorizontalAlignment(SwingConstants.LEADING);
        b.setFont(KioskStyle.font(1.05f, false));
        AnswerButtons.announce(b, () -> index < texts.size()
                ? text.get("kiosk.choice.button", texts.get(index), index + 1, texts.size()) : null);
        b.getAccessibleContext().setAccessibleDescription(session.text(question.label()));
        if (multiple) {
            b.addActionListener(e -> sink.toggle(question, values.get(index)));
        } else {
            b.addActionListener(e -> sink.answer(question, values.get(index), false));
        }
        bindKeys(b, index, multiple);
        made.add(b);
        return b;
    }

    /**
     * The scales' keyboard model: digits choose the first nine answers (a single choice then moves on to the next
     * question), arrows move between the answers, Space chooses, and Enter chooses an answer not yet chosen (on the
     * chosen one it is left to the window: the next page).
     */
    private void bindKeys(AbstractButton b, int index, boolean multiple) {
        InputMap keys = b.getInputMap(JComponent.WHEN_FOCUSED);
        bindDigits(b, point -> {
            if (point > values.size()) {
                return;
            }
            if (multiple) {
                sink.toggle(question, values.get(point - 1));
                buttons.get(point - 1).requestFocusInWindow();
            } else {
                sink.answer(question, values.get(point - 1), true);
            }
        });
        for (int key : new int[] {KeyEvent.VK_DOWN, KeyEvent.VK_RIGHT}) {
            keys.put(KeyStroke.getKeyStroke(key, 0), "nextChoice");
        }
        for (int key : new int[] {KeyEvent.VK_UP, KeyEvent.VK_LEFT}) {
            keys.put(KeyStroke.getKeyStroke(key, 0), "previousChoice");
        }
        b.getActionMap().put("nextChoice", KeyAction.of(() -> focus(index + 1)));
        b.getActionMap().put("previousChoice", KeyAction.of(() -> focus(index - 1)));
        if (!multiple) {
            keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "chooseFocused");
            AbstractAction choose = new AbstractAction() {
                private static final long serialVersionUID = 1L;

                @Override
                public void actionPerformed(ActionEvent e) {
                    b.doClick(0);
                }

                @Override
                public boolean isEnabled() {
                    // Disabled on the chosen answer, so that Enter goes on to the window's binding (Next).
                    return !b.isSelected();
                }
            };
            b.getActionMap().put("chooseFocused", choose);
        }
    }

    private void focus(int to) {
        if (to >= 0 && to < buttons.size()) {
            buttons.get(to).requestFocusInWindow();
        }
    }

    @Override
    public void showAnswer(FormSession session) {
        List<Choice> now = session.choices(question);
        if (!now.stream().map(Choice::name).toList().equals(values)) {
            java.awt.Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            boolean focused = owner != null && holds(owner);
            build(now, session);
            if (focused) {
                focusControls();
            }
        }
        boolean readOnly = session.isReadOnly(question);
        List<String> selected = session.selected(question.name());
        java.awt.Font plain = KioskStyle.font(1.05f, false);
        java.awt.Font bold = KioskStyle.font(1.05f, true);
        for (int i = 0; i < buttons.size(); i++) {
            boolean chosen = selected.contains(values.get(i));
            AbstractButton b = buttons.get(i);
            b.setSelected(chosen);
            b.setEnabled(!readOnly);
            // Chosen: bold, and a tick on a toggle button (a check box has its own), with the accent fill. A font
            // set again, even an equal one, lays the button out and paints it again: only a change is set.
            java.awt.Font font = chosen ? bold : plain;
            if (!font.equals(b.getFont())) {
                b.setFont(font);
            }
            if (b instanceof JToggleButton && !(b instanceof JCheckBox)) {
                b.setText(chosen ? KioskStyle.tick() + texts.get(i) : texts.get(i));
            }
        }
    }

    /** How many answers the list shows now. */
    int answers() {
        return values.size();
    }

    @Override
    public boolean focusControls() {
        return focusSelectedOrFirst(buttons);
    }

    @Override
    protected List<? extends JComponent> accessibleControls() {
        return buttons;
    }
}
