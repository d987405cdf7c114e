package org.concord.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.LocalizedText;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.forms.Repeat;
import org.concord.forms.expr.Answers;
import org.concord.forms.expr.Expression;

/**
 * One participant's way through a form: pages, live relevance, validation, answers and calculations. Knows nothing of
 * Swing or of storage: every change it makes is returned as {@link Change}s for the caller to save. Not thread-safe;
 * the app uses it on the event thread only.
 *
 * <p>Answers of questions that became irrelevant are kept while the participant is still answering (they may change
 * their mind) and are cleared by {@link #irrelevantAnswers()} at submit, as XLSForm tools drop non-relevant values.
 */
public final class FormSession {
    /** The {@code lastPage} name of the review page; {@code #} cannot occur in an XLSForm name. */
    public static final String REVIEW_PAGE = "#review";
    /** The value an {@code acknowledge} question holds when ticked (as ODK stores it). */
    public static final String ACKNOWLEDGED = "OK";

    private final Form form;
    private final PageLayout layout;
    private final RepeatInstances instances;
    private final SessionPages laid;
    /** The pages now: those outside repeats and one per repeat instance (plus add-another pages). */
    private List<Page> pages = List.of();
    private final List<Question> startInstances;
    private final Map<String, String> answers = new HashMap<>();
    private final SessionContext context;
    private final ChoiceOrders choiceOrders;
    private final SessionAnswers view;
    private String language;
    /** Index into the pages, or {@code pages.size()} for the review page. */
    private int current;

    private FormSession(Form form, Map<String, String> answers, String language, long seed, SessionContext context) {
        this.form = form;
        this.context = context;
        this.layout = new PageLayout(form, seed);
        this.choiceOrders = new ChoiceOrders(form, seed);
        this.instances = new RepeatInstances(layout, SessionPages.languageCodes(form, language));
        this.laid = new SessionPages(layout, instances, this.answers, context);
        this.view = new SessionAnswers(this.answers, form, () -> this.language, context, layout,
                laid::instanceCount);
        laid.view = view;
        answers.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                this.answers.put(k, v);
            }
        });
        this.language = language;
        rebuild();
        // Instances that exist from the start get their defaults in recordStart, for a new participant only.
        this.startInstances = instances.drainCreated();
        this.current = firstRelevantFrom(0, 1);
    }

    /**
     * A session on {@code form} with the answers given so far (empty for a new participant), the participant's language
     * code ({@code en}, {@code cy}) and seed, at the first relevant page.
     */
    public static FormSession start(Form form, Map<String, String> answers, String language, long seed) {
        return new FormSession(form, answers, language, seed, SessionContext.system());
    }

    /** As {@link #start(Form, Map, String, long)}, with the clock, device id and username to record. */
    public static FormSession start(Form form, Map<String, String> answers, String language, long seed,
                                    SessionContext context) {
        return new FormSession(form, answers, language, seed, context);
    }

    /** The form. */
    public Form form() {
        return form;
    }

    /** Uses these words (from the kiosk's bundles) on the pages that ask whether to add another repeat instance. */
    public void useRepeatTexts(RepeatTexts texts) {
        instances.useTexts(texts);
        rebuild();
    }

    /** The page a question is on now (for a repeated question: its instance's page), if any. */
    public Optional<Page> pageOf(Question q) {
        Integer at = laid.pageOf.get(q.name());
        return at == null ? Optional.empty() : Optional.of(pages.get(at));
    }

    /** A question on the pages now by name: {@code q[i]} for a question in repeat instance {@code i}. */
    public Optional<Question> question(String name) {
        Question q = laid.byName.get(name);
        return q != null ? Optional.of(q) : form.question(name);
    }

    /** Lays the pages out again for the current numbers of instances, staying on the page shown. */
    private void rebuild() {
        current = laid.rebuild(current);
        pages = laid.list;
    }

    private SessionAnswers viewFor(Node node) {
        return laid.viewFor(node);
    }

    // ---- repeats ------------------------------------------------------------------------------------------------

    /** Answers the add-another question: yes adds an instance at once (kept unsaved until Next), no is saved. */
    private List<Change> answerAddAnother(Question ask, String value) {
        List<Change> changes = new ArrayList<>(laid.answerAddAnother(ask, value));
        rebuild();
        changes.addAll(laid.instanceDefaults(instances.drainCreated()));
        changes.addAll(recalculate(RepeatInstances.repeatOfAdd(ask.name())));
        return changes;
    }

    /** True on an instance page of an add-another repeat with more than one instance: it may be deleted. */
    public boolean canDeleteInstance() {
        return laid.deletable(currentPage().orElse(null)) != null;
    }

    /** What the page shown may delete: its own instance, then those of repeats around it without a page, inner first. */
    public List<Page.Instance> deletableInstances() {
        return laid.deletableInstances(currentPage().orElse(null));
    }

    /** Deletes the instance shown ({@link #canDeleteInstance()}); as {@link #deleteInstance(Page.Instance)}. */
    public List<Change> deleteInstance() {
        if (!canDeleteInstance()) {
            throw new IllegalStateException("the page shown is not a deletable repeat instance");
        }
        return deleteInstance(pages.get(current).instance());
    }

    /**
     * Deletes an instance of {@link #deletableInstances()}: later ones are numbered down and the participant stays at
     * the same place (the next instance, or the last); returns what to save in one transaction.
     */
    public List<Change> deleteInstance(Page.Instance at) {
        if (!deletableInstances().contains(at)) {
            throw new IllegalStateException("instance " + at.index() + " of " + at.repeat() + " cannot be deleted here");
        }
        Repeat repeat = laid.repeatOf(at);
        List<Change> changes = new ArrayList<>(laid.deleteInstance(repeat, at));
        rebuild();
        changes.addAll(recalculate(null));
        List<Integer> stay = new ArrayList<>(at.outerIndices());
        stay.add(Math.max(1, Math.min(at.index(), laid.instanceCount(repeat, instances.scope(repeat, stay)))));
        current = firstRelevantFrom(Math.max(0, laid.firstPageOf(repeat.name(), stay)), 1);
        return changes;
    }

    // ---- language and texts -------------------------------------------------------------------------------------

    /** The participant's language code. */
    public String language() {
        return language;
    }

    /** Switches the participant's language; answers are untouched. */
    public void setLanguage(String code) {
        this.language = code;
    }

    /** A form text in the participant's language, else the form's default language, else any. */
    public String text(LocalizedText text) {
        return text == null ? "" : text.get(language, form.defaultLanguage());
    }

    /** As {@link #text(LocalizedText)}, with its {@code ${name}} references filled with the answers seen from node. */
    public String shownText(LocalizedText text, Node node) {
        return TextFill.fill(text(text), viewFor(node));
    }

    /**
     * The choices of a select question that its {@code choice_filter} lets through now, in sheet order (or in the
     * participant's drawn order for {@code randomize=true}).
     */
    public List<Choice> choices(Question question) {
        List<Choice> yesNo = instances.addChoices(question);
        if (yesNo != null) {
            return yesNo;
        }
        List<Choice> all = choiceOrders.arrange(question.name(),
                form.choicesOf(question).map(ChoiceList::choices).orElse(List.of()));
        Expression filter = question.options().choiceFilter();
        return filter == null ? all : FilteredOut.passing(filter, all, viewFor(question));
    }

    /** True when a question shows its value but takes no answer ({@code read_only}). */
    public boolean isReadOnly(Question question) {
        if (question.calculation() != null && question.options().trigger() == null) {
            return true; // its value is calculated whenever the answers change (ODK's calculation on a question)
        }
        return question.options().readOnly() != null
                && question.options().readOnly().test(viewFor(question), null);
    }

    /** True when a question is shown as a row of scale buttons: a select_one with choices named 1..A, A at most 9. */
    public boolean isScale(Question question) {
        return question.type() == QuestionType.SELECT_ONE && ScaleChoices.areScale(choices(question));
    }

    // ---- pages and relevance ------------------------------------------------------------------------------------

    /** Every page, relevant or not, in form order. */
    public List<Page> pages() {
        return pages;
    }

    /**
     * Group name to the order its items are shown in, for each randomised group, and select name to the order of its
     * answers, for each select with {@code randomize=true} (recorded in paradata).
     */
    public Map<String, List<String>> randomizedOrders() {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(layout.randomizedOrders);
        all.putAll(choiceOrders.orders());
        return Collections.unmodifiableMap(all);
    }

    /** True when an element and every group around it are relevant with the current answers. */
    public boolean isRelevant(Node node) {
        SessionAnswers seen = viewFor(node);
        for (Expression condition : layout.enclosing.getOrDefault(node, List.of())) {
            if (!condition.test(seen, null)) {
                return false;
            }
        }
        return node.relevant() == null || node.relevant().test(seen, null);
    }

    /** True when a page has at least one element to show with the current answers. */
    public boolean isRelevant(Page page) {
        return !visibleQuestions(page).isEmpty();
    }

    /** The questions of a page the participant sees now (relevant, not calculations), in display order. */
    public List<Question> visibleQuestions(Page page) {
        List<Question> out = new ArrayList<>();
        for (Question q : layout.questionsOf(page.content())) {
            if (q.type() != QuestionType.CALCULATE && !q.type().isMetadata() && isRelevant(q)) {
                out.add(q);
            }
        }
        return out;
    }

    /** The pages that are relevant now. */
    public List<Page> relevantPages() {
        return pages.stream().filter(this::isRelevant).toList();
    }

    /** The page shown now; empty on the review page. */
    public Optional<Page> currentPage() {
        return atReview() ? Optional.empty() : Optional.of(pages.get(current));
    }

    /** True on the review page after the last page. */
    public boolean atReview() {
        return current >= pages.size();
    }

    /** The name to store as {@code lastPage}: the current page's name or {@link #REVIEW_PAGE}. */
    public String currentPageName() {
        return atReview() ? REVIEW_PAGE : pages.get(current).name();
    }

    /** The 1-based position of the current page among the relevant pages; on the review page, their count plus 1. */
    public int pageNumber() {
        if (atReview()) {
            return pageCount();
        }
        int k = 0;
        for (int i = 0; i <= current; i++) {
            if (isRelevant(pages.get(i))) {
                k++;
            }
        }
        return Math.max(k, 1);
    }

    /** The number of pages to go through now: the relevant pages plus the review page. */
    public int pageCount() {
        return relevantPages().size() + 1;
    }

    /** True when there is a relevant page before the current one. */
    public boolean canGoBack() {
        return firstRelevantFrom(current - 1, -1) >= 0;
    }

    /**
     * Moves to the next relevant page (or the review page after the last) when the current page has no issues.
     *
     * @return the issues that keep the participant on this page; empty when it moved on
     */
    public List<Issue> next() {
        if (atReview()) {
            return List.of();
        }
        Page page = pages.get(current);
        List<Issue> issues = issues(page);
        if (issues.isEmpty()) {
            Page.Instance at = page.instance();
            String ask = at != null && at.asksToAddAnother() ? page.name() : null;
            if (ask != null && RepeatInstances.YES.equals(answers.get(ask))) {
                // The instance added by "yes" comes before this page; the question is asked again after it.
                answers.remove(ask);
                List<Integer> added = new ArrayList<>(at.outerIndices());
                added.add(at.index());
                current = Math.max(0, laid.firstPageOf(at.repeat(), added));
                return issues;
            }
            current = firstRelevantFrom(current + 1, 1);
        }
        return issues;
    }

    /** Moves to the previous relevant page, if any; answers on the page left are kept without validation. */
    public void back() {
        int previous = firstRelevantFrom(current - 1, -1);
        if (previous >= 0) {
            current = previous;
        }
    }

    /**
     * Moves to a page by name, as stored in {@code lastPage} (or {@link #REVIEW_PAGE}); a page that is not relevant now
     * moves on to the next relevant one, and an unknown name to the first page.
     */
    public void goTo(String pageName) {
        if (REVIEW_PAGE.equals(pageName)) {
            current = pages.size();
            return;
        }
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).name().equals(pageName)) {
                current = firstRelevantFrom(i, 1);
                return;
            }
        }
        current = firstRelevantFrom(0, 1);
    }

    /** Moves to the page that holds a question (from the review page's list). */
    public void goToQuestion(String questionName) {
        Integer page = laid.pageOf.get(questionName);
        if (page != null) {
            current = page;
        }
    }

    /** The index of the first relevant page from {@code start} in direction {@code step}; past the end: review. */
    private int firstRelevantFrom(int start, int step) {
        for (int i = start; i >= 0 && i < pages.size(); i += step) {
            if (isRelevant(pages.get(i))) {
                return i;
            }
        }
        return step > 0 ? pages.size() : -1;
    }

    // ---- answers ------------------------------------------------------------------------------------------------

    /** The current answer of a question, or null. */
    public String answer(String question) {
        return answers.get(question);
    }

    /** Every current answer by question name (including calculations). */
    public Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    /**
     * Sets (or with a null or blank value clears) an answer and recalculates the calculations.
     *
     * @return what to save: the answer itself unless it is not yet a valid number, and every calculation that changed
     */
    public List<Change> setAnswer(String question, String value) {
        String normalized = value == null || value.isBlank() ? null : value.strip();
        Question q = question(question).orElse(null);
        if (q != null && isReadOnly(q)) {
            return List.of();
        }
        if (q != null && instances.addChoices(q) != null) {
            return answerAddAnother(q, normalized);
        }
        if (q != null && normalized != null) {
            normalized = TypedAnswers.normalize(q, normalized);
        }
        String before = answers.get(question);
        List<Change> changes = new ArrayList<>();
        store(question, normalized);
        boolean typed = q == null || normalized == null || TypedAnswers.issue(q, normalized) == null;
        if (typed && !java.util.Objects.equals(before, normalized)) {
            changes.add(new Change(question, normalized));
        }
        rebuild();
        changes.addAll(laid.instanceDefaults(instances.drainCreated()));
        changes.addAll(recalculate(question));
        changes.addAll(dropFilteredOut());
        rebuild();
        changes.addAll(laid.instanceDefaults(instances.drainCreated()));
        return changes;
    }

    /** Clears the answers a {@code choice_filter} no longer lets through ({@link FilteredOut}). */
    private List<Change> dropFilteredOut() {
        return FilteredOut.drop(laid.allQuestions(), answers, this::choices, this::selected, this::recalculate);
    }

    /** Keeps {@code value} as the answer to {@code item}, or removes the answer for null. */
    private void store(String item, String value) {
        if (value == null) {
            answers.remove(item);
        } else {
            answers.put(item, value);
        }
    }

    /** Toggles one choice of a select_multiple; returns what to save. */
    public List<Change> toggleChoice(String question, String choice) {
        List<String> selected = new ArrayList<>(selected(question));
        if (!selected.remove(choice)) {
            selected.add(choice);
        }
        // Keep the choices in sheet order so that the stored value does not depend on the order of clicks.
        List<String> order = question(question).map(this::choices).orElse(List.of()).stream()
                .map(Choice::name).toList();
        selected.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
        return setAnswer(question, String.join(" ", selected));
    }

    /** The selected choice names of a select_multiple (or the one of a select_one). */
    public List<String> selected(String question) {
        String value = answers.get(question);
        // A select_one's answer is one name, whole even when it holds a space (pyxform allows one there).
        boolean one = question(question).map(q -> q.type() == QuestionType.SELECT_ONE).orElse(false);
        return value == null ? List.of() : one ? List.of(value) : List.of(value.split(" +"));
    }

    /**
     * The choices of a {@code rank} question in the participant's order when they have ranked them, else in the order
     * shown before any move (which is not an answer until the participant keeps or changes it).
     */
    public List<Choice> rankOrder(Question question) {
        return RankOrder.of(choices(question), selected(question.name()));
    }

    /** Recomputes the calculations; one with a {@code trigger} only when {@code changed} is its trigger. */
    private List<Change> recalculate(String changed) {
        return Calculations.recalculate(changed, laid.allQuestions(), answers, this::isRelevant, this::viewFor);
    }

    /** XPath string conversion: whole numbers without a decimal point, booleans as true/false. */
    static String asText(Object value) {
        return StartValues.asText(value);
    }

    // ---- validation ---------------------------------------------------------------------------------------------

    /** The issues of the questions the participant sees on a page, in display order. */
    public List<Issue> issues(Page page) {
        List<Issue> out = new ArrayList<>();
        for (Question q : visibleQuestions(page)) {
            issue(q).ifPresent(out::add);
        }
        return out;
    }

    /** What is wrong with a question's current answer, if anything; irrelevant questions have no issues. */
    public Optional<Issue> issue(Question q) {
        if (!q.type().isAnswerable() || !isRelevant(q) || isReadOnly(q)) {
            return Optional.empty();
        }
        String value = answers.get(q.name());
        if (value == null) {
            if (q.required() != null && q.required().test(viewFor(q), null)) {
                return Optional.of(new Issue(q.name(), Issue.Kind.REQUIRED, formMessage(q.requiredMessage())));
            }
            return Optional.empty();
        }
        Issue.Kind type = TypedAnswers.issue(q, value);
        if (type != null) {
            return Optional.of(new Issue(q.name(), type, null));
        }
        if (q.constraint() != null && !q.constraint().test(viewFor(q), value)) {
            return Optional.of(new Issue(q.name(), Issue.Kind.CONSTRAINT, formMessage(q.constraintMessage())));
        }
        return Optional.empty();
    }

    private String formMessage(LocalizedText message) {
        return Issue.formMessage(message, language, form.defaultLanguage());
    }

    // ---- review and submit --------------------------------------------------------------------------------------

    /** The optional questions on relevant pages that are still unanswered, in page order (the review list). */
    public List<Question> unansweredOptional() {
        List<Question> out = new ArrayList<>();
        for (Page page : relevantPages()) {
            for (Question q : visibleQuestions(page)) {
                boolean required = q.required() != null && q.required().test(viewFor(q), null);
                if (q.type().isAnswerable() && !required && answers.get(q.name()) == null) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /**
     * Checks every relevant page before submitting; when one has issues, moves to it.
     *
     * @return the issues of the first page that has any; empty when the answers can be submitted
     */
    public List<Issue> checkAll() {
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (isRelevant(page)) {
                List<Issue> issues = issues(page);
                if (!issues.isEmpty()) {
                    current = i;
                    return issues;
                }
            }
        }
        return List.of();
    }

    /**
     * Records the metadata a participant starts with ({@code start}, {@code today}, {@code deviceid}, {@code username})
     * and, for a new participant (only then), the {@code default} answers; a resumed participant keeps the values
     * recorded first. Returns what to save.
     */
    public List<Change> recordStart(boolean newParticipant) {
        List<Change> changes = new ArrayList<>();
        for (Question q : layout.questionsOutsideRepeats()) {
            String value = newParticipant ? StartValues.defaultValue(q, view) : null;
            value = value == null ? StartValues.metadata(q, context) : value;
            if (value != null && !value.isEmpty() && answers.get(q.name()) == null) {
                answers.put(q.name(), value);
                changes.add(new Change(q.name(), value));
            }
        }
        // The defaults above may change a repeat_count: the instances made now get their defaults with the first ones.
        rebuild();
        List<Question> made = new ArrayList<>(startInstances);
        made.addAll(instances.drainCreated());
        if (newParticipant) {
            changes.addAll(laid.instanceDefaults(made));
        }
        changes.addAll(recalculate(null));
        rebuild();
        return changes;
    }

    /** Records {@code end} when the participant submits (in every repeat instance too); returns what to save. */
    public List<Change> recordEnd() {
        return laid.recordEnd();
    }

    /** The answers of questions that are not relevant now, as changes that clear them (saved at submit). */
    public List<Change> irrelevantAnswers() {
        List<Change> out = new ArrayList<>();
        for (Question q : laid.allQuestions()) {
            if (answers.containsKey(q.name()) && !isRelevant(q)) {
                out.add(new Change(q.name(), null));
            }
        }
        laid.staleInstanceItems().forEach(key -> out.add(new Change(key, null)));
        out.forEach(c -> answers.remove(c.question()));
        rebuild();
        return out;
    }
}
