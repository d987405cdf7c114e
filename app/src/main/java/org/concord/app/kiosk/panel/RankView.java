package org.concord.app.kiosk.panel;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.forms.Choice;
import org.concord.forms.Question;
import org.concord.session.FormSession;

/**
 * A {@code rank}: the choices as a numbered list in the participant's order. The arrow keys pick an item, Alt+Up and
 * Alt+Down (or the Move up and Move down buttons, Alt with their underlined letters) move it one place; every move
 * saves the whole order at once. The order first shown (the list's, or the drawn one for {@code randomize=true}) is
 * not an answer, as in ODK, until the participant moves an item or keeps it with Space or Keep this order; a line
 * under the list says which.
 */
public final class RankView extends QuestionView {
    private static final long serialVersionUID = 1L;

    private final DefaultListModel<String> model = new DefaultListModel<>();
    private final JList<String> list = new JList<>(model);
    private final List<String> labels = new ArrayList<>();
    private final JButton up;
    private final JButton down;
    private final JButton keep;
    private final WrappingLabel state;
    private final Texts text;
    private final String label;
    private boolean answered;
    private boolean readOnly;

    RankView(Question q, FormSession session, Texts text, AnswerSink sink) {
        super(q, session, text, sink, true);
        this.text = text;
        this.label = session.text(q.label());
        WrappingLabel keys = new WrappingLabel(text.get("kiosk.rank.keys"), KioskStyle.font(0.95f, false));
        keys.setForeground(UIManager.getColor("Label.disabledForeground"));
        keys.setName("q." + q.name() + ".keys");
        add(keys, "wmin 0");
        list.setName("q." + q.name() + ".list");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new RankCell(i -> i < labels.size() ? labels.get(i) : "",
                i -> text.get("kiosk.rank.item", i < labels.size() ? labels.get(i) : "", i + 1, model.size())));
        list.setBorder(javax.swing.BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")));
        list.getAccessibleContext().setAccessibleDescription(text.get("kiosk.rank.keys"));
        add(list, "growx, wmin 0");
        up = button("up", () -> move(-1));
        down = button("down", () -> move(1));
        keep = button("keep", this::keepShown);
        // columns: the three buttons at their own widths; rows: one
        JPanel buttons = new JPanel(new MigLayout("insets 0, gapx " + KioskStyle.mig(10), "[][][]"));
        buttons.setOpaque(false);
        buttons.add(up, "hmin " + KioskStyle.mig(KioskStyle.TOUCH));
        buttons.add(down, "hmin " + KioskStyle.mig(KioskStyle.TOUCH));
        buttons.add(keep, "hmin " + KioskStyle.mig(KioskStyle.TOUCH));
        add(buttons, "wmin 0");
        state = new WrappingLabel("", KioskStyle.font(1.05f, true));
        state.setName("q." + q.name() + ".state");
        add(state, "wmin 0");
        addIssueLine();
        bindKeys();
    }

    /** A button that acts on the list's chosen item, its text and underlined letter from the bundle. */
    private JButton button(String name, Runnable run) {
        Texts.Mnemonic marked = Texts.Mnemonic.parse(text.get("kiosk.rank." + name));
        JButton b = new JButton(marked.text());
        b.setName("q." + question.name() + "." + name);
        b.setFont(KioskStyle.font(1f, false));
        // The letter is bound on this question only (see bindKeys), so two ranks on a page do not take each other's.
        b.setDisplayedMnemonicIndex(marked.index());
        b.putClientProperty("concord.rankKey", marked.key());
        b.getAccessibleContext().setAccessibleDescription(text.get("kiosk.rank." + name + ".description"));
        b.setToolTipText(text.get("kiosk.rank." + name + ".description"));
        b.addActionListener(e -> run.run());
        return b;
    }

    private void bindKeys() {
        InputMap onList = list.getInputMap(JComponent.WHEN_FOCUSED);
        onList.put(KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.ALT_DOWN_MASK), "rankUp");
        onList.put(KeyStroke.getKeyStroke(KeyEvent.VK_KP_UP, InputEvent.ALT_DOWN_MASK), "rankUp");
        onList.put(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK), "rankDown");
        onList.put(KeyStroke.getKeyStroke(KeyEvent.VK_KP_DOWN, InputEvent.ALT_DOWN_MASK), "rankDown");
        onList.put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "rankKeep");
        list.getActionMap().put("rankUp", KeyAction.of(() -> move(-1)));
        list.getActionMap().put("rankDown", KeyAction.of(() -> move(1)));
        list.getActionMap().put("rankKeep", KeyAction.of(this::keepShown));
        InputMap inView = getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        for (JButton b : List.of(up, down, keep)) {
            int key = (Integer) b.getClientProperty("concord.rankKey");
            if (key != 0) {
                inView.put(KeyStroke.getKeyStroke(key, InputEvent.ALT_DOWN_MASK), b.getName());
                getActionMap().put(b.getName(), KeyAction.of(() -> b.doClick(0)));
            }
        }
    }

    /** The choice names in the order shown. */
    private List<String> shownOrder() {
        List<String> names = new ArrayList<>(model.size());
        for (int i = 0; i < model.size(); i++) {
            names.add(model.get(i));
        }
        return names;
    }

    /** Moves the chosen item {@code by} places (-1 up, 1 down); the new order is the answer. */
    private void move(int by) {
        int from = Math.max(0, list.getSelectedIndex());
        int to = from + by;
        if (readOnly || model.isEmpty() || to < 0 || to >= model.size()) {
            return;
        }
        // Shown at once, the moved item still chosen; the session's order then comes back the same (showAnswer).
        model.add(to, model.remove(from));
        labels.add(to, labels.remove(from));
        list.setSelectedIndex(to);
        sink.answer(question, String.join(" ", shownOrder()), false);
        list.ensureIndexIsVisible(list.getSelectedIndex());
    }

    /** Gives the order shown as the answer (the untouched order is not one until then). */
    private void keepShown() {
        if (!readOnly && !model.isEmpty()) {
            sink.answer(question, String.join(" ", shownOrder()), false);
        }
    }

    @Override
    public void showAnswer(FormSession session) {
        List<Choice> order = session.rankOrder(question);
        List<String> names = order.stream().map(Choice::name).toList();
        if (!names.equals(shownOrder()) || labels.size() != names.size()) {
            String chosen = list.getSelectedValue();
            labels.clear();
            order.forEach(c -> labels.add(session.text(c.label())));
            model.clear();
            model.addAll(names);
            int at = chosen == null ? -1 : names.indexOf(chosen);
            list.setSelectedIndex(Math.max(0, at));
        }
        answered = session.answer(question.name()) != null;
        readOnly = session.isReadOnly(question);
        up.setEnabled(!readOnly);
        down.setEnabled(!readOnly);
        keep.setEnabled(!readOnly && !answered);
        state.setText(text.get(answered ? "kiosk.rank.saved" : "kiosk.rank.none"));
        list.getAccessibleContext().setAccessibleName(label + ", " + state.getText());
    }

    @Override
    public boolean focusControls() {
        if (list.getSelectedIndex() < 0 && !model.isEmpty()) {
            list.setSelectedIndex(0);
        }
        return list.requestFocusInWindow();
    }

    @Override
    protected List<? extends JComponent> accessibleControls() {
        return List.of(list);
    }
}
