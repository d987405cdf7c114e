package org.concord.app.kiosk.panel;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.forms.Choice;
import org.concord.forms.Question;
import org.concord.session.FormSession;

/**
 * A scale item (a Likert statement): a row of large toggle buttons, one per point. On a focused button the number keys
 * answer the item and move on; Left and Right move along the row.
 */
public final class ScaleView extends QuestionView {
    private static final long serialVersionUID = 1L;

    private final List<JToggleButton> buttons = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private final List<String> plainTexts = new ArrayList<>();
    private final List<String> chosenTexts = new ArrayList<>();

    ScaleView(Question q, FormSession session, Texts text, AnswerSink sink) {
        super(q, session, text, sink, true);
        List<Choice> choices = session.choices(q);
        // columns: one equal column per scale point; rows: one
        JPanel row = new JPanel(new MigLayout("insets 0, gap " + KioskStyle.mig(8) + ", fillx", ""));
        row.setOpaque(false);
        String label = session.shownText(q.label(), q);
        int n = choices.size();
        // The text of a point wraps at a fixed width (HTML needs one): about 7.5 letters wide, but never wider than a
        // n-th of the screen less margins, so that the row always fits without cutting a label.
        int comfortable = Math.round(KioskStyle.font(1.05f, false).getSize2D() * 7.5f);
        int fits = KioskStyle.screenWidth() * 80 / 100 / n - KioskStyle.px(44);
        int textWidth = Math.max(KioskStyle.px(40), Math.min(comfortable, fits));
        for (int i = 0; i < n; i++) {
            Choice c = choices.get(i);
            String choiceText = session.text(c.label());
            String div = "<html><div style='text-align:center;width:" + textWidth + "px'>";
            plainTexts.add(div + "<b>" + (i + 1) + "</b><br>" + escape(choiceText) + "</div></html>");
            // Chosen: a tick, bold text and the accent fill (see showAnswer), never just a shade of grey.
            chosenTexts.add(div + "<b>" + KioskStyle.tick() + (i + 1) + "<br>" + escape(choiceText) + "</b></div></html>");
            JToggleButton b = new JToggleButton(plainTexts.get(i));
            b.setFont(KioskStyle.font(1.05f, false));
            b.setName("q." + q.name() + "." + c.name());
            b.putClientProperty("FlatLaf.style", KioskStyle.answerStyle());
            b.getAccessibleContext().setAccessibleName(text.get("kiosk.scale.button", choiceText, i + 1, n));
            b.getAccessibleContext().setAccessibleDescription(label);
            String value = c.name();
            b.addActionListener(e -> sink.answer(q, value, false));
            bindKeys(b, i);
            buttons.add(b);
            values.add(value);
            int touch = KioskStyle.mig(KioskStyle.TOUCH);
            row.add(b, "sizegroup points, grow, wmin " + touch + ", hmin " + touch);
        }
        add(row, "growx");
        addIssueLine();
    }

    private void bindKeys(JToggleButton b, int index) {
        InputMap keys = b.getInputMap(JComponent.WHEN_FOCUSED);
        bindDigits(b, point -> {
            if (point <= values.size()) {
                sink.answer(question, values.get(point - 1), true);
            }
        });
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, 0), "nextPoint");
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, 0), "previousPoint");
        b.getActionMap().put("nextPoint", move(index + 1));
        b.getActionMap().put("previousPoint", move(index - 1));
    }

    private AbstractAction move(int to) {
        return new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (to >= 0 && to < buttons.size()) {
                    buttons.get(to).requestFocusInWindow();
                }
            }
        };
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void showAnswer(FormSession session) {
        String answer = session.answer(question.name());
        boolean readOnly = session.isReadOnly(question);
        for (int i = 0; i < buttons.size(); i++) {
            boolean chosen = values.get(i).equals(answer);
            JToggleButton b = buttons.get(i);
            b.setSelected(chosen);
            b.setEnabled(!readOnly);
            b.setText(chosen ? chosenTexts.get(i) : plainTexts.get(i));
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
