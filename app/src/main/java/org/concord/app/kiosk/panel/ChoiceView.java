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

    private final List<AbstractButton> buttons = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final JPanel list;
    private final Texts text;

    ChoiceView(Question q, FormSession session, Texts text, AnswerSink sink) {
        super(q, session, text, sink, true);
        this.text = text;
        // columns: one, full width; rows: one per answer (rebuilt when a choice_filter lets other answers through)
        list = new JPanel(new AnswerColumn(KioskStyle.mig(6), KioskStyle.mig(KioskStyle.TOUCH)));
        list.setOpaque(false);
        add(list, "growx, wmin 0");
        build(session.choices(q), session);
        addIssueLine();
    }

    /** Draws one button per choice in place of the ones shown before. */
    private void build(List<Choice> choices, FormSession session) {
        list.removeAll();
        buttons.clear();
        values.clear();
        texts.clear();
        Question q = question;
        boolean multiple = q.type() == QuestionType.SELECT_MULTIPLE;
        String label = session.text(q.label());
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            String choiceText = session.text(c.label());
            AbstractButton b = multiple ? AnswerButtons.box(choiceText) : AnswerButtons.toggle(choiceText);
            b.setHorizontalAlignment(SwingConstants.LEADING);
            b.setFont(KioskStyle.font(1.05f, false));
            b.setName("q." + q.name() + "." + c.name());
            texts.add(choiceText);
            b.getAccessibleContext().setAccessibleName(text.get("kiosk.choice.button", choiceText, i + 1,
                    choices.size()));
            b.getAccessibleContext().setAccessibleDescription(label);
            String value = c.name();
            if (multiple) {
                b.addActionListener(e -> sink.toggle(q, value));
            } else {
                b.addActionListener(e -> sink.answer(q, value, false));
            }
            bindKeys(b, i, multiple);
            buttons.add(b);
            values.add(value);
            list.add(b);
        }
        list.revalidate();
        list.repaint();
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
        b.getActionMap().put("nextChoice", action(() -> focus(index + 1)));
        b.getActionMap().put("previousChoice", action(() -> focus(index - 1)));
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

    private static AbstractAction action(Runnable run) {
        return new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
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
        for (int i = 0; i < buttons.size(); i++) {
            boolean chosen = selected.contains(values.get(i));
            AbstractButton b = buttons.get(i);
            b.setSelected(chosen);
            b.setEnabled(!readOnly);
            // Chosen: bold, and a tick on a toggle button (a check box has its own), with the accent fill.
            b.setFont(KioskStyle.font(1.05f, chosen));
            if (b instanceof JToggleButton && !(b instanceof JCheckBox)) {
                b.setText(chosen ? KioskStyle.tick() + texts.get(i) : texts.get(i));
            }
        }
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
