package org.concord.app.kiosk;

import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.SwingUtilities;
import org.concord.app.base.Language;
import org.concord.app.base.Texts;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.app.base.dialog.PinDialog;
import org.concord.app.kiosk.panel.AnswerSink;
import org.concord.app.kiosk.panel.InstanceHeading;
import org.concord.app.kiosk.panel.MessagePanel;
import org.concord.app.kiosk.panel.PagePanel;
import org.concord.app.kiosk.panel.QuestionView;
import org.concord.app.kiosk.panel.ReviewPanel;
import org.concord.common.Logs;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.session.Change;
import org.concord.session.FormSession;
import org.concord.session.Issue;
import org.concord.session.Page;
import org.concord.session.SessionContext;

/**
 * Runs participant mode: one participant after another through the form, every answer saved by the one background
 * writer, the page changing only once what was answered is durable. Lives on the event thread.
 */
public final class KioskController implements AnswerSink {
    /** Paradata events written by the kiosk. */
    static final String PAGE_SHOWN = "page_shown";
    static final String PAGE_LEFT = "page_left";
    static final String LANGUAGE = "language";
    static final String SUBMITTED = "submitted";
    static final String RANDOMIZED = "randomized";
    /** Paradata: the participant deleted a repeat instance (detail: its page, e.g. {@code child[2]}). */
    static final String INSTANCE_DELETED = "instance_deleted";

    private enum Screen { START, STARTING, PAGE, REVIEW, THANKS }

    private final KioskStore store;
    private final Form form;
    private final Runnable onResearcherExit;
    private final Texts text;
    /** The language every participant starts in (the form's default, or the one the kiosk was opened in). */
    private final String startLanguage;
    private final Actions actions;
    private final AnswerWriter writer;
    private final ExecutorService pinChecker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "concord-kiosk-pin");
        t.setDaemon(true);
        return t;
    });
    private final KioskFrame frame;

    private Screen screen = Screen.START;
    private KioskParticipant participant;
    private FormSession session;
    /** Device id and researcher initials for the metadata questions, read once on the writer thread. */
    private SessionContext context = SessionContext.system();
    private PagePanel page;
    private final RepeatWords repeatWords = new RepeatWords();
    private boolean busy;
    private boolean failing;
    private boolean closed;

    /**
     * A kiosk for {@code form} whose texts start in {@code language}, the language every participant starts in; call
     * on the event thread.
     */
    KioskController(KioskStore store, Form form, String language, Runnable onResearcherExit) {
        this.store = store;
        this.form = form;
        this.onResearcherExit = onResearcherExit;
        this.text = new Texts("kiosk", Language.ofCode(language));
        this.startLanguage = language;
        actions = new Actions(text).on(ActionModel.KIOSK_START, this::startParticipant)
                .on(ActionModel.KIOSK_NEXT, this::next)
                .on(ActionModel.KIOSK_BACK, this::back)
                .on(ActionModel.KIOSK_SUBMIT, this::submit)
                .on(ActionModel.KIOSK_FINISH, this::nextParticipant)
                .on(ActionModel.KIOSK_RESEARCHER, this::askPin)
                .on(ActionModel.KIOSK_ENGLISH, () -> switchLanguage(Language.ENGLISH))
                .on(ActionModel.KIOSK_WELSH, () -> switchLanguage(Language.WELSH));
        this.writer = new AnswerWriter(new AnswerWriter.Listener() {
            @Override
            public void status(int pending, boolean failing) {
                writerStatus(pending, failing);
            }

            @Override
            public void stopped(Error error) {
                writerStopped(error);
            }
        });
        writer.call(store::context, read -> context = read);
        this.frame = new KioskFrame(text, actions);
        frame.language(language);
    }

    /** The window. */
    KioskFrame frame() {
        return frame;
    }

    /** The session of the participant on screen, or null between participants (tests and the benchmark). */
    FormSession session() {
        return session;
    }

    /** The page on screen, or null. */
    PagePanel page() {
        return page;
    }

    /** The participant on screen, or null. */
    KioskParticipant participant() {
        return participant;
    }

    /** The background writer. */
    AnswerWriter writer() {
        return writer;
    }

    // ---- screens ------------------------------------------------------------------------------------------------

    /** The clean screen for the next participant: nothing of the previous one is left in the window. */
    void showStart() {
        dropParticipant();
        screen = Screen.START;
        MessagePanel start = new MessagePanel("kiosk.screen.start", text.get("kiosk.start.text"),
                actions.get(ActionModel.KIOSK_START), ActionModel.KIOSK_START.componentName());
        frame.navigation(false, false, false);
        frame.show(start, text.get("kiosk.start.title"), 0, 0);
        frame.focusScreenWith(start::focusButton);
        SwingUtilities.invokeLater(start::focusButton);
    }

    /** After the thank-you page: the start screen in the kiosk's own language, never the last participant's. */
    private void nextParticipant() {
        if (!startLanguage.equals(text.language().code())) {
            text.language().setCode(startLanguage);
            relabel();
        }
        showStart();
    }

    private void startParticipant() {
        if (busy || screen != Screen.START) {
            return;
        }
        screen = Screen.STARTING;
        setBusy(true);
        frame.show(new MessagePanel("kiosk.screen.starting", text.get("kiosk.starting"), null, null),
                text.get("kiosk.start.title"), 0, 0);
        String language = text.language().code();
        writer.call(() -> {
            KioskParticipant created = store.createParticipant(language);
            return Map.entry(created, store.lastSaved(created.id()));
        }, start -> {
            setBusy(false);
            begin(start.getKey(), Map.of(), null, true, start.getValue());
        });
    }

    /**
     * Resumes a participant once {@code language} (read on the writer thread, it may touch the disk) is known; a
     * "getting ready" screen shows meanwhile.
     */
    void resumeWhenReady(KioskParticipant who, Map<String, String> answers, String lastPage,
                         java.util.concurrent.Callable<String> language) {
        screen = Screen.STARTING;
        frame.navigation(false, false, false);
        frame.show(new MessagePanel("kiosk.screen.starting", text.get("kiosk.starting"), null, null),
                text.get("kiosk.start.title"), 0, 0);
        writer.call(() -> Map.entry(new KioskParticipant(who.id(), who.code(), language.call(), who.seed()),
                store.lastSaved(who.id())), start -> begin(start.getKey(), answers, lastPage, false, start.getValue()));
    }

    /** Shows a participant's form, new or resumed at {@code lastPage}, with the previous submission's answers. */
    void begin(KioskParticipant who, Map<String, String> answers, String lastPage, boolean fresh,
               Map<String, String> lastSaved) {
        participant = who;
        session = FormSession.start(form, answers, who.language(), who.seed(), context.withLastSaved(lastSaved)
                .withParticipant(who.id()));
        session.useRepeatTexts(repeatWords);
        save(session.recordStart(fresh));
        text.language().setCode(who.language());
        relabel();
        if (fresh) {
            UUID id = who.id();
            session.randomizedOrders().forEach((group, order) -> writer.write(() -> store.recordParadata(id,
                    RANDOMIZED, group + ": " + String.join(" ", order))));
        }
        if (lastPage != null) {
            session.goTo(lastPage);
        }
        showCurrent((String) null);
        paradata(PAGE_SHOWN, session.currentPageName());
    }

    /** Draws the session's current page or the review page; {@code focus} names a question to focus, or null. */
    private void showCurrent(String focus) {
        showPage(focus == null ? null : shown -> shown != null && shown.view(focus).map(QuestionView::focusControls).orElse(false));
    }

    /**
     * Draws the session's current page or the review page. {@code focus} puts the keyboard focus on the new page and
     * says whether it could; null (or false) focuses the first unanswered question, else Next.
     */
    private void showPage(java.util.function.Predicate<PagePanel> focus) {
        if (page != null) {
            page.dispose();
            page = null;
        }
        if (session.atReview()) {
            screen = Screen.REVIEW;
            ReviewPanel review = new ReviewPanel(session.unansweredOptional(), session, text, this::goToQuestion);
            frame.navigation(true, false, true);
            actions.get(ActionModel.KIOSK_BACK).setEnabled(session.canGoBack());
            frame.show(review, text.get("kiosk.review.title"), session.pageNumber(), session.pageCount());
            frame.focusScreenWith(frame::focusForward);
            if (focus == null || !focus.test(null)) {
                frame.focusForward();
            }
            return;
        }
        screen = Screen.PAGE;
        Page current = session.currentPage().orElseThrow();
        page = new PagePanel(current, session, text, this);
        frame.navigation(true, true, false);
        actions.get(ActionModel.KIOSK_BACK).setEnabled(session.canGoBack());
        String group = InstanceHeading.around(current, session::text, text);
        String heading = InstanceHeading.of(current, session.shownText(current.label(),
                current.content().isEmpty() ? null : current.content().get(0)), group, text);
        InstanceDelete.addButtons(page, current, session, text, this::deleteInstance);
        // A page of questions outside any group has no label: the form's title stands in.
        frame.show(page, heading.isBlank() ? form.settings().formTitle() : heading, session.pageNumber(),
                session.pageCount());
        PagePanel shown = page;
        // Never an answered question (a digit pressed at once would change an answer nobody chose to revisit); not Next
        // while the window waits for the focus: the field's request is then kept for when the window receives it.
        Runnable open = () -> {
            if (!shown.focusFirstOpen(session) && (frame.isFocused() || !shown.hasOpen(session))) {
                frame.focusForward();
            }
        };
        frame.focusScreenWith(() -> {
            if (page == shown) {
                open.run();
            }
        });
        SwingUtilities.invokeLater(() -> {
            if (page == shown && (focus == null || !focus.test(shown))) {
                open.run();
            }
        });
    }

    private void showThanks() {
        screen = Screen.THANKS;
        MessagePanel thanks = new MessagePanel("kiosk.screen.thanks", text.get("kiosk.thanks.text"),
                actions.get(ActionModel.KIOSK_FINISH), ActionModel.KIOSK_FINISH.componentName());
        frame.navigation(false, false, false);
        frame.show(thanks, text.get("kiosk.thanks.title"), 0, 0);
        frame.focusScreenWith(thanks::focusButton);
        SwingUtilities.invokeLater(thanks::focusButton);
    }

    private void dropParticipant() {
        if (page != null) {
            page.dispose();
        }
        page = null;
        session = null;
        participant = null;
    }

    // ---- answers ------------------------------------------------------------------------------------------------

    @Override
    public void answer(Question question, String value, boolean moveOn) {
        if (session == null || screen != Screen.PAGE) {
            return;
        }
        save(session.setAnswer(question.name(), value));
        afterAnswer(question, moveOn);
    }

    @Override
    public void toggle(Question question, String choice) {
        if (session == null || screen != Screen.PAGE) {
            return;
        }
        save(session.toggleChoice(question.name(), choice));
        afterAnswer(question, false);
    }

    private void afterAnswer(Question question, boolean moveOn) {
        page.refresh(session);
        // A required message waits for Next; other messages (a number out of range) show as soon as it is given.
        page.showIssue(question.name(), session.issue(question).filter(i -> i.kind() != Issue.Kind.REQUIRED)
                .map(this::message).orElse(null));
        if (moveOn && !page.focusOpenAfter(question, session)) {
            frame.focusForward();
        }
    }

    private void save(List<Change> changes) {
        UUID id = participant.id();
        String language = session.language();
        for (Change c : changes) {
            writer.write(() -> store.saveAnswer(id, c.question(), c.value(), language));
        }
    }

    private void paradata(String event, String detail) {
        UUID id = participant.id();
        writer.write(() -> store.recordParadata(id, event, detail));
    }

    /** The text shown for an issue: the form's own message in the participant's language, else the kiosk's. */
    private String message(Issue issue) {
        return issue.formMessage() != null ? issue.formMessage() : text.get(issue.kind().messageKey());
    }

    // ---- navigation ---------------------------------------------------------------------------------------------

    private void next() {
        if (busy || screen != Screen.PAGE) {
            return;
        }
        page.commit();
        List<Issue> issues = session.issues(session.currentPage().orElseThrow());
        if (!issues.isEmpty()) {
            page.showIssues(issues, this::message);
            return;
        }
        move(() -> {
            String left = session.currentPageName();
            List<Issue> late = session.next();
            if (!late.isEmpty()) {
                page.showIssues(late, this::message);
                return;
            }
            paradata(PAGE_LEFT, left);
            showCurrent((String) null);
            paradata(PAGE_SHOWN, session.currentPageName());
        });
    }

    /** Deletes the repeat instance shown once the participant confirms; its changes are saved in one transaction. */
    private void deleteInstance(Page.Instance which, String instance, javax.swing.JButton button) {
        if (busy || screen != Screen.PAGE || !session.deletableInstances().contains(which)) {
            return;
        }
        page.commit();
        boolean delete = InstanceDelete.confirm(frame, instance, text);
        // Without a window manager nobody hands the keyboard back to the kiosk once the dialog is gone (as after the
        // PIN dialog): take it back, later, once the dialog's own focus events are through.
        SwingUtilities.invokeLater(frame::reclaimFocus);
        if (!delete) {
            frame.focusScreenWith(button::requestFocusInWindow);
            return;
        }
        String left = session.currentPageName();
        List<Change> changes = session.deleteInstance(which);
        UUID id = participant.id();
        String language = session.language();
        writer.write(() -> store.saveAnswers(id, changes, language));
        paradata(INSTANCE_DELETED, left);
        showCurrent((String) null);
        paradata(PAGE_SHOWN, session.currentPageName());
    }

    private void back() {
        if (busy || (screen != Screen.PAGE && screen != Screen.REVIEW) || !session.canGoBack()) {
            return;
        }
        if (page != null) {
            page.commit();
        }
        move(() -> {
            String left = session.currentPageName();
            session.back();
            paradata(PAGE_LEFT, left);
            showCurrent((String) null);
            paradata(PAGE_SHOWN, session.currentPageName());
        });
    }

    private void goToQuestion(String question) {
        if (busy || screen != Screen.REVIEW) {
            return;
        }
        move(() -> {
            String left = session.currentPageName();
            session.goToQuestion(question);
            paradata(PAGE_LEFT, left);
            showCurrent(question);
            paradata(PAGE_SHOWN, session.currentPageName());
        });
    }

    private void submit() {
        if (busy || screen != Screen.REVIEW) {
            return;
        }
        List<Issue> issues = session.checkAll();
        if (!issues.isEmpty()) {
            showCurrent(issues.get(0).question());
            page.showIssues(issues, this::message);
            paradata(PAGE_SHOWN, session.currentPageName());
            return;
        }
        save(session.recordEnd());
        save(session.irrelevantAnswers());
        UUID id = participant.id();
        writer.write(() -> store.recordParadata(id, SUBMITTED, ""));
        writer.write(() -> store.markComplete(id));
        move(() -> {
            dropParticipant();
            showThanks();
        });
    }

    /** Runs {@code step} once every answer given so far is durable; until then the navigation waits. */
    private void move(Runnable step) {
        setBusy(true);
        FormSession before = session;
        writer.whenSaved(() -> {
            setBusy(false);
            if (session == before && !closed) {
                step.run();
            }
        });
    }

    private void setBusy(boolean on) {
        busy = on;
        for (ActionModel a : List.of(ActionModel.KIOSK_NEXT, ActionModel.KIOSK_SUBMIT, ActionModel.KIOSK_START)) {
            actions.get(a).setEnabled(!on);
        }
        if (session != null) {
            actions.get(ActionModel.KIOSK_BACK).setEnabled(!on && session.canGoBack());
        }
        writerStatus(writer == null ? 0 : writer.pending(), failing);
    }

    private void writerStatus(int pending, boolean failing) {
        this.failing = failing;
        if (frame == null) {
            return;
        }
        if (failing) {
            frame.status(text.get("kiosk.save.retrying"));
        } else if (busy && pending > 0) {
            frame.status(text.get("kiosk.save.saving"));
        } else {
            frame.status(null);
        }
    }

    /**
     * Saving stopped for good (out of memory): the participant is told calmly to fetch the researcher, the researcher
     * what happened and what to do; only the Researcher button (with the PIN) still works.
     */
    private void writerStopped(Error error) {
        if (frame == null || closed) {
            return;
        }
        for (ActionModel a : List.of(ActionModel.KIOSK_NEXT, ActionModel.KIOSK_BACK, ActionModel.KIOSK_SUBMIT,
                ActionModel.KIOSK_START, ActionModel.KIOSK_FINISH)) {
            actions.get(a).setEnabled(false);
        }
        String researcher = text.get("kiosk.stopped.researcher", error.getClass().getSimpleName(),
                Logs.directory().toString());
        frame.show(new MessagePanel("kiosk.screen.stopped", text.get("kiosk.stopped.text") + "\n\n" + researcher,
                null, null), text.get("kiosk.stopped.title"), 0, 0);
        frame.status(null);
    }

    // ---- language -----------------------------------------------------------------------------------------------

    private void switchLanguage(String code) {
        if (code.equals(text.language().code()) && (session == null || code.equals(session.language()))) {
            frame.language(code);
            return;
        }
        text.language().setCode(code);
        relabel();
        switch (screen) {
            case START -> showStart();
            case THANKS -> showThanks();
            case STARTING -> { }
            case PAGE, REVIEW -> {
                // The focus stays where it was (the language switch, a scale point), never on another question.
                Component owner = frame.getFocusOwner();
                boolean inPage = page != null && owner != null && SwingUtilities.isDescendingFrom(owner, page);
                String ownerName = owner == null ? null : owner.getName();
                List<String> withIssues = new ArrayList<>();
                if (page != null) {
                    page.commit();
                    page.views().stream().filter(v -> v.issueText() != null)
                            .forEach(v -> withIssues.add(v.question().name()));
                }
                session.setLanguage(code);
                paradata(LANGUAGE, code);
                showPage(shown -> inPage ? ownerName != null && shown.focusNamed(ownerName)
                        : owner != null && owner.isShowing()
                        && (owner.isFocusOwner() || owner.requestFocusInWindow()));
                if (page != null) {
                    for (String name : withIssues) {
                        session.question(name).flatMap(session::issue)
                                .ifPresent(i -> page.showIssue(name, message(i)));
                    }
                }
            }
        }
    }

    private void relabel() {
        actions.relabel();
        if (frame != null) {
            frame.language(text.language().code());
        }
    }

    // ---- leaving ------------------------------------------------------------------------------------------------

    private void askPin() {
        if (closed) {
            return;
        }
        // Mid-participant, the researcher is told what leaving means before typing the PIN (Cancel stays).
        String prompt = text.get("kiosk.pin.prompt");
        if (participant != null && (screen == Screen.PAGE || screen == Screen.REVIEW)) {
            prompt = prompt + "\n\n" + text.get("kiosk.pin.unfinished", participant.code());
        }
        PinDialog dialog = new PinDialog(frame, text, "kiosk.pin", prompt, true,
                (pin, shown) -> pinChecker.execute(() -> checkPin(pin, shown)), () -> { });
        dialog.setVisible(true);
        if (!closed) {
            // Cancelled: without a window manager nobody hands the keyboard back to the kiosk, so that Alt+F4, Enter
            // and the answer keys would reach no window. Take it back ourselves.
            // Later, once the dialog's own focus events are through (it had the focus until it was disposed).
            SwingUtilities.invokeLater(frame::reclaimFocus);
        }
    }

    /** Checks {@code pin} off the event thread; a PIN that cannot be checked is reported as such, never as wrong. */
    private void checkPin(char[] pin, PinDialog dialog) {
        try {
            boolean right = store.checkPin(pin);
            SwingUtilities.invokeLater(() -> {
                if (right) {
                    dialog.accepted();
                    close();
                } else {
                    dialog.wrong();
                }
            });
        } catch (RuntimeException e) {
            Logs.error("kiosk: the PIN could not be checked", e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            SwingUtilities.invokeLater(() -> dialog.failed(reason));
        } finally {
            PinDialog.wipe(pin);
        }
    }

    /** Leaves participant mode: typed text is handed to the writer, which finishes its queue in the background. */
    private void close() {
        if (closed) {
            return;
        }
        if (page != null && session != null) {
            page.commit();
        }
        closed = true;
        dropParticipant();
        writer.shutdown();
        pinChecker.shutdown();
        frame.dispose();
        onResearcherExit.run();
    }
}
