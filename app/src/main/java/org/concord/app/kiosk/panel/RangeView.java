package org.concord.app.kiosk.panel;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JSlider;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.forms.Question;
import org.concord.forms.QuestionOptions;
import org.concord.session.FormSession;

/**
 * A {@code range} question: a slider from the range's start to its end in its steps. The arrow keys move by one step,
 * Page Up and Page Down by several, Home and End to the ends; every move is the answer, and Space takes the value shown
 * (so the start itself can be chosen without moving). Until then the question shows that it has no answer.
 */
public final class RangeView extends QuestionView {
    private static final long serialVersionUID = 1L;
    /** Up to this many steps every value is labelled under the slider; beyond it only the two ends. */
    private static final int LABEL_ALL = 10;

    private final QuestionOptions.Range range;
    private final JSlider slider;
    private final WrappingLabel valueLine;
    private final Texts text;
    private final String label;
    private boolean showing;

    RangeView(Question q, FormSession session, Texts text, AnswerSink sink) {
        super(q, session, text, sink, true);
        this.text = text;
        this.range = q.options().range() != null ? q.options().range()
                : new QuestionOptions.Range(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE);
        int steps = range.end().subtract(range.start()).abs().divide(range.step(), 0, RoundingMode.FLOOR).intValue();
        slider = new JSlider(0, steps, 0);
        slider.setName("q." + q.name() + ".slider");
        slider.setFont(KioskStyle.font(1f, false));
        // A thumb large enough to see and touch, with a wide focus ring.
        slider.putClientProperty("FlatLaf.style", "thumbSize: 26,26; trackWidth: 5; focusWidth: 5");
        slider.setMajorTickSpacing(Math.max(1, steps / LABEL_ALL));
        slider.setPaintTicks(true);
        slider.setSnapToTicks(false);
        Dictionary<Integer, JComponent> labels = new Hashtable<>();
        for (int i = 0; i <= steps; i++) {
            if (steps <= LABEL_ALL || i == 0 || i == steps) {
                JLabel mark = new JLabel(value(i));
                mark.setFont(KioskStyle.font(1f, false));
                labels.put(i, mark);
            }
        }
        slider.setLabelTable(labels);
        slider.setPaintLabels(true);
        label = session.shownText(q.label(), q);
        String keys = text.get("kiosk.range.keys", plain(range.step()), value(0), value(steps));
        slider.getAccessibleContext().setAccessibleDescription(keys);
        slider.addChangeListener(e -> {
            if (!showing && !slider.getValueIsAdjusting()) {
                sink.answer(q, value(slider.getValue()), false);
            }
        });
        slider.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "takeShown");
        slider.getActionMap().put("takeShown", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                sink.answer(q, value(slider.getValue()), false);
            }
        });
        add(slider, "growx, wmin 0, hmin " + KioskStyle.mig(KioskStyle.TOUCH));
        valueLine = new WrappingLabel("", KioskStyle.font(1.1f, true));
        valueLine.setName("q." + q.name() + ".value");
        add(valueLine, "wmin 0");
        WrappingLabel keysLine = new WrappingLabel(keys, KioskStyle.font(0.95f, false));
        keysLine.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(keysLine, "wmin 0");
        addIssueLine();
    }

    /** The value at step {@code i} from the start, towards the end. */
    private String value(int i) {
        BigDecimal direction = BigDecimal.valueOf(range.end().compareTo(range.start()) < 0 ? -1 : 1);
        return plain(range.start().add(range.step().multiply(BigDecimal.valueOf(i)).multiply(direction)));
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** The step of a stored answer, or -1 when it is not on the slider. */
    private int index(String answer) {
        for (int i = slider.getMinimum(); answer != null && i <= slider.getMaximum(); i++) {
            if (new BigDecimal(value(i)).compareTo(parse(answer)) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal parse(String answer) {
        try {
            return new BigDecimal(answer);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void showAnswer(FormSession session) {
        String answer = session.answer(question.name());
        int at = answer == null || parse(answer) == null ? -1 : index(answer);
        showing = true;
        try {
            if (at >= 0 && slider.getValue() != at) {
                slider.setValue(at);
            }
        } finally {
            showing = false;
        }
        slider.setEnabled(!session.isReadOnly(question));
        valueLine.setText(at >= 0 ? text.get("kiosk.range.value", value(at)) : text.get("kiosk.range.none"));
        // The slider's own accessible value is the step number, not the answer: the name carries the answer.
        slider.getAccessibleContext().setAccessibleName(label + ", " + valueLine.getText());
    }

    @Override
    public boolean focusControls() {
        return slider.requestFocusInWindow();
    }

    @Override
    protected List<? extends JComponent> accessibleControls() {
        return List.of(slider);
    }
}
