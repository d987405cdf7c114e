package org.concord.app.kiosk.panel;

import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.forms.Question;
import org.concord.session.FormSession;

/** The review page: the optional questions still unanswered, each with a button that goes back to it. */
public final class ReviewPanel extends ScrollablePage {
    private static final long serialVersionUID = 1L;

    /** Lists {@code unanswered}; {@code goTo} receives the name of the question to go back to. */
    public ReviewPanel(List<Question> unanswered, FormSession session, Texts text, Consumer<String> goTo) {
        // columns: one, full width; rows: the explanation, then one per unanswered question
        super(new MigLayout("insets " + KioskStyle.mig(16) + " " + KioskStyle.mig(24) + ", fillx, wrap 1, gapy "
                + KioskStyle.mig(10), "[grow, fill]"));
        setName("kiosk.review");
        WrappingLabel intro = new WrappingLabel(text.get(unanswered.isEmpty() ? "kiosk.review.none" : "kiosk.review.some"),
                KioskStyle.font(1.2f, false));
        intro.setName("kiosk.review.intro");
        add(intro, "wmin 0");
        int touch = KioskStyle.mig(KioskStyle.TOUCH);
        for (Question q : unanswered) {
            String label = session.shownText(q.label(), q);
            // A question of a repeat instance says which one, as its page's heading does, with the group the repeat is
            // in: "Who is it? (Household: Person 2 of 3)".
            String instance = session.pageOf(q).filter(p -> p.instance() != null)
                    .map(p -> InstanceHeading.of(p, session.text(p.label()),
                            InstanceHeading.around(p, session::text, text), text)).orElse(null);
            label = instance == null ? label : label + " (" + instance + ")";
            // columns: the question, its button; rows: one
            JPanel row = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill][]"));
            row.setOpaque(false);
            row.add(new WrappingLabel(label, KioskStyle.font(1.05f, false)), "wmin 0");
            JButton go = new JButton(text.get("kiosk.review.goto"));
            go.setName("kiosk.review.goto." + q.name());
            go.setFont(KioskStyle.font(1.05f, false));
            go.putClientProperty("FlatLaf.style", "focusWidth: 3; innerFocusWidth: 1");
            go.getAccessibleContext().setAccessibleName(text.get("kiosk.review.goto") + ": " + label);
            go.getAccessibleContext().setAccessibleDescription(text.get("kiosk.review.goto.description", label));
            go.addActionListener(e -> goTo.accept(q.name()));
            row.add(go, "hmin " + touch + ", aligny top");
            add(row, "growx");
        }
    }
}
