package org.concord.app.kiosk.panel;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.forms.Question;
import org.concord.session.FormSession;

/** An {@code acknowledge} (consent): a large check box with the statement beside it; clicking either ticks it. */
public final class AcknowledgeView extends QuestionView {
    private static final long serialVersionUID = 1L;

    private final JCheckBox box = new JCheckBox();

    AcknowledgeView(Question q, FormSession session, Texts text, AnswerSink sink) {
        super(q, session, text, sink, false);
        String label = session.shownText(q.label(), q);
        boolean required = q.required() != null && q.required().test(session::answer, null);
        WrappingLabel statement = new WrappingLabel(required ? label + "  (" + text.get("kiosk.required") + ")" : label,
                KioskStyle.font(1.2f, true));
        statement.setName("q." + q.name() + ".label");
        box.setName("q." + q.name() + ".box");
        box.putClientProperty("FlatLaf.style", "icon.focusWidth: 3");
        box.getAccessibleContext().setAccessibleName(label);
        String hint = session.shownText(q.hint(), q);
        box.getAccessibleContext().setAccessibleDescription(hint.isBlank() ? text.get("kiosk.acknowledge.description")
                : hint);
        int touch = KioskStyle.mig(KioskStyle.TOUCH);
        box.addActionListener(e -> sink.answer(q, box.isSelected() ? FormSession.ACKNOWLEDGED : null, false));
        statement.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                box.doClick();
                box.requestFocusInWindow();
            }
        });
        // columns: the box, the statement; rows: one
        JPanel row = new JPanel(new MigLayout("insets 0, fillx", "[" + touch + "!][grow, fill]"));
        row.setOpaque(false);
        row.add(box, "w " + touch + "!, h " + touch + "!, aligny top");
        row.add(statement, "wmin 0, aligny center");
        add(row, "growx");
        addIssueLine();
    }

    @Override
    public void showAnswer(FormSession session) {
        box.setSelected(session.answer(question.name()) != null);
        box.setEnabled(!session.isReadOnly(question));
    }

    @Override
    public boolean focusControls() {
        return box.requestFocusInWindow();
    }

    @Override
    protected List<? extends JComponent> accessibleControls() {
        return List.of(box);
    }
}
