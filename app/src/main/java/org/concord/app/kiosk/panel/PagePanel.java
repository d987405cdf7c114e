package org.concord.app.kiosk.panel;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.beans.PropertyChangeListener;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.forms.Group;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.session.FormSession;
import org.concord.session.Issue;
import org.concord.session.Page;

/**
 * One page of the form: every question of the page is drawn once, and {@link #refresh} shows or hides them as their
 * relevance changes. The question holding the keyboard focus is marked and scrolled into view.
 */
public final class PagePanel extends ScrollablePage {
    private static final long serialVersionUID = 1L;

    private final List<QuestionView> views = new ArrayList<>();
    private final Map<Group, WrappingLabel> headings = new IdentityHashMap<>();
    private final PropertyChangeListener focusWatch = e -> followFocus();
    private QuestionView highlighted;
    /** The tip naming the number keys of the page's choice lists, redone when a cascading select changes, or null. */
    private final WrappingLabel choiceTip;
    private final Page page;
    private final Texts text;

    /** Draws {@code page} with the session's answers in its language. */
    public PagePanel(Page page, FormSession session, Texts text, AnswerSink sink) {
        // columns: one, full width; rows: keys tip, then one per question or sub-heading
        super(new MigLayout("insets " + KioskStyle.mig(16) + " " + KioskStyle.mig(24) + ", fillx, wrap 1, hidemode 3, gapy "
                + KioskStyle.mig(14), "[grow, fill]"));
        setName("kiosk.page." + page.name());
        int points = scalePoints(page.content(), session);
        if (points > 0) {
            WrappingLabel tip = new WrappingLabel(text.get("kiosk.keys.hint", points), KioskStyle.font(0.95f, false));
            tip.setName("kiosk.keys.hint");
            add(tip, "wmin 0");
        }
        this.page = page;
        this.text = text;
        int answers = choicePoints(page.content(), session);
        choiceTip = answers > 0 ? new WrappingLabel(text.get("kiosk.keys.choice.hint", Math.min(answers, 9)),
                KioskStyle.font(0.95f, false)) : null;
        if (choiceTip != null) {
            choiceTip.setName("kiosk.keys.choice.hint");
            add(choiceTip, "wmin 0");
        }
        addAll(page.content(), session, text, sink);
        refresh(session);
    }

    private void addAll(List<Node> nodes, FormSession session, Texts text, AnswerSink sink) {
        for (Node node : nodes) {
            if (node instanceof Group g) {
                WrappingLabel heading = new WrappingLabel(session.shownText(g.label(), g), KioskStyle.font(1.3f, true));
                heading.setName("kiosk.group." + g.name());
                headings.put(g, heading);
                add(heading, "wmin 0, gaptop " + KioskStyle.mig(10));
                addAll(g.children(), session, text, sink);
            } else if (node instanceof Question q && q.type() != QuestionType.CALCULATE) {
                QuestionView view = QuestionView.of(q, session, text, sink);
                views.add(view);
                add(view, "wmin 0");
            }
        }
    }

    private static int scalePoints(List<Node> nodes, FormSession session) {
        int points = 0;
        for (Node node : nodes) {
            if (node instanceof Question q && session.isScale(q)) {
                points = Math.max(points, session.choices(q).size());
            } else if (node instanceof Group g) {
                points = Math.max(points, scalePoints(g.children(), session));
            }
        }
        return points;
    }

    /** The most answers of a choice list (not a scale) on the page, or 0. */
    private static int choicePoints(List<Node> nodes, FormSession session) {
        int points = 0;
        for (Node node : nodes) {
            if (node instanceof Question q && !session.isScale(q)
                    && (q.type() == QuestionType.SELECT_ONE || q.type() == QuestionType.SELECT_MULTIPLE)) {
                points = Math.max(points, session.choices(q).size());
            } else if (node instanceof Group g) {
                points = Math.max(points, choicePoints(g.children(), session));
            }
        }
        return points;
    }

    /**
     * The most answers of a choice list (not a scale) on the page now, as {@link #choicePoints(List, FormSession)}, but
     * taken from the lists the views show (just refreshed) rather than by filtering every list again.
     */
    private int choicePoints(FormSession session) {
        int points = 0;
        for (QuestionView view : views) {
            if (view instanceof ChoiceView choices) {
                points = Math.max(points, choices.isVisible() ? choices.answers()
                        : session.choices(view.question()).size());
            }
        }
        return points;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("focusOwner", focusWatch);
    }

    @Override
    public void removeNotify() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("focusOwner", focusWatch);
        super.removeNotify();
    }

    /** Shows the questions that are relevant now, with their answers. */
    public void refresh(FormSession session) {
        for (QuestionView view : views) {
            boolean relevant = session.isRelevant(view.question());
            view.setVisible(relevant);
            if (relevant) {
                view.showAnswer(session);
                view.refreshTexts(session);
            } else {
                view.showIssue(null);
            }
        }
        headings.forEach((g, heading) -> heading.setVisible(session.isRelevant(g) && !heading.getText().isBlank()));
        if (choiceTip != null) {
            int answers = Math.max(1, Math.min(choicePoints(session), 9));
            String tip = text.get("kiosk.keys.choice.hint", answers);
            if (!tip.equals(choiceTip.getText())) {
                choiceTip.setText(tip);
            }
        }
        revalidate();
    }

    /** Shows each issue next to its question (and clears the others); focuses the first question with one. */
    public void showIssues(List<Issue> issues, Function<Issue, String> message) {
        QuestionView first = null;
        for (QuestionView view : views) {
            Issue issue = issues.stream().filter(i -> i.question().equals(view.question().name())).findFirst()
                    .orElse(null);
            view.showIssue(issue == null ? null : message.apply(issue));
            if (issue != null && first == null) {
                first = view;
            }
        }
        if (first != null) {
            first.focusControls();
        }
    }

    /** Shows or clears the message of one question. */
    public void showIssue(String question, String message) {
        view(question).ifPresent(v -> v.showIssue(message));
    }

    /** The view of a question on this page. */
    public java.util.Optional<QuestionView> view(String question) {
        return views.stream().filter(v -> v.question().name().equals(question)).findFirst();
    }

    /** Hands every typed text to the session. */
    public void commit() {
        views.forEach(QuestionView::commit);
    }

    /**
     * Focuses the first visible question that has controls and no answer yet, so that a key pressed on entering a
     * page never changes an answer given before; false when every question is answered (or there is none).
     */
    public boolean focusFirstOpen(FormSession session) {
        return focusOpenAfter(null, session);
    }

    /** Whether a visible question of this page is unanswered, whether or not its controls can take the focus now. */
    public boolean hasOpen(FormSession session) {
        return views.stream().anyMatch(v -> v.isVisible() && isBlank(session.answer(v.question().name())));
    }

    private static boolean isBlank(String answer) {
        return answer == null || answer.isBlank();
    }

    /**
     * Focuses the next visible unanswered question after {@code question} (an answered one is passed over: the
     * participant did not choose to revisit it); false when there is none.
     */
    public boolean focusOpenAfter(Question question, FormSession session) {
        boolean past = question == null;
        for (QuestionView view : views) {
            String answer = session.answer(view.question().name());
            if (past && view.isVisible() && isBlank(answer) && view.focusControls()) {
                return true;
            }
            past |= view.question() == question;
        }
        return false;
    }

    /** Focuses the control named {@code name} on this page; false when there is none that can take the focus. */
    public boolean focusNamed(String name) {
        for (QuestionView view : views) {
            if (view.isVisible()) {
                java.util.Optional<Component> found = named(view, name);
                if (found.isPresent()) {
                    return found.get().requestFocusInWindow();
                }
            }
        }
        return false;
    }

    private static java.util.Optional<Component> named(Component c, String name) {
        if (name.equals(c.getName()) && c.isFocusable()) {
            return java.util.Optional.of(c);
        }
        if (c instanceof java.awt.Container box) {
            for (Component child : box.getComponents()) {
                java.util.Optional<Component> found = named(child, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Stops timers of the views. */
    public void dispose() {
        views.forEach(QuestionView::dispose);
    }

    private void followFocus() {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        QuestionView now = null;
        for (QuestionView view : views) {
            if (owner != null && view.holds(owner)) {
                now = view;
                break;
            }
        }
        if (now != highlighted) {
            if (highlighted != null) {
                highlighted.highlight(false);
            }
            highlighted = now;
            if (now != null) {
                now.highlight(true);
                QuestionView shown = now;
                // After layout, so that a question that just appeared has its real bounds.
                SwingUtilities.invokeLater(() -> shown.scrollRectToVisible(new java.awt.Rectangle(0, 0,
                        shown.getWidth(), shown.getHeight())));
            }
        }
    }

    /** The question views, in display order (tests and the benchmark find controls through them). */
    public List<QuestionView> views() {
        return List.copyOf(views);
    }

    /** The view holding the focus owner, if any. */
    public QuestionView focusedView() {
        return highlighted;
    }
}
