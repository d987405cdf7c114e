package org.concord.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Form;
import org.concord.forms.LocalizedText;
import org.concord.forms.Question;
import org.concord.forms.Repeat;
import org.concord.forms.expr.Expression;
import org.concord.forms.expr.Values;

/**
 * A session's pages as they are now: the pages outside repeats and, in each repeat's place, one page per instance
 * (and the add-another page), laid out again whenever a number of instances may have changed.
 */
final class SessionPages {
    private final PageLayout layout;
    private final RepeatInstances instances;
    private final Map<String, String> answers;
    private final SessionContext context;
    /** The session's answers as expressions see them (for a repeat's relevance and repeat_count); set once made. */
    SessionAnswers view;
    /** The pages now. */
    List<Page> list = List.of();
    /** Every question on the pages by name ({@code q[i]} inside a repeat instance). */
    final Map<String, Question> byName = new HashMap<>();
    /** Question name to the index of its page. */
    final Map<String, Integer> pageOf = new HashMap<>();

    SessionPages(PageLayout layout, RepeatInstances instances, Map<String, String> answers, SessionContext context) {
        this.layout = layout;
        this.context = context;
        this.instances = instances;
        this.answers = answers;
    }

    /** The number of instances of a repeat that is not inside another (see {@link #instanceCount(Repeat, Scope)}). */
    int instanceCount(Repeat repeat) {
        return instanceCount(repeat, null);
    }

    /**
     * The number of instances of a repeat now, inside instance {@code outer} of the repeat around it (null for a
     * repeat that is not inside another): none when it or a group around it is not relevant; else its
     * {@code repeat_count} as that instance sees it, or for an "add another" repeat the number stored under the
     * repeat's name ({@code person[2]} inside household 2; at least one).
     */
    int instanceCount(Repeat repeat, RepeatInstances.Scope outer) {
        SessionAnswers seen = view.in(outer);
        for (Expression condition : layout.around(repeat).with(repeat)) {
            if (!condition.test(seen, null)) {
                return 0;
            }
        }
        double n;
        if (repeat.repeatCount() != null) {
            n = Values.toNumber(repeat.repeatCount().evaluate(seen, null));
        } else {
            String key = countKey(repeat, outer);
            n = answers.containsKey(key) ? Values.toNumber(answers.get(key)) : 1;
            n = Double.isNaN(n) ? 1 : Math.max(n, 1);
        }
        return Double.isNaN(n) ? 0 : (int) Math.max(0, Math.min(Math.floor(n), RepeatInstances.MAX_INSTANCES));
    }

    /** Where the number of instances of an add-another repeat is stored: its name, {@code person[2]} inside one. */
    static String countKey(Repeat repeat, RepeatInstances.Scope outer) {
        return Repeat.key(repeat.name(), outer == null ? List.of() : outer.indices());
    }

    /**
     * Lays the pages out again for the current numbers of instances.
     *
     * @param current the index of the page shown ({@code list.size()} on the review page)
     * @return the index of the same page in the new layout
     */
    int rebuild(int current) {
        if (layout.repeats.isEmpty() && !list.isEmpty()) {
            return current; // without repeats the pages never change
        }
        String shown = list.isEmpty() || current >= list.size() ? null : list.get(current).name();
        boolean review = !list.isEmpty() && current >= list.size();
        List<Page> out = new ArrayList<>();
        for (Object slot : layout.slots) {
            if (slot instanceof Page page) {
                out.add(page);
            } else if (slot instanceof Repeat repeat) {
                addInstances(repeat, null, null, out);
            }
        }
        list = List.copyOf(out);
        byName.clear();
        pageOf.clear();
        for (int i = 0; i < list.size(); i++) {
            for (Question q : layout.questionsOf(list.get(i).content())) {
                byName.put(q.name(), q);
                pageOf.putIfAbsent(q.name(), i);
            }
        }
        if (review) {
            return list.size();
        }
        if (shown != null) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).name().equals(shown)) {
                    return i;
                }
            }
        }
        return Math.min(current, list.size());
    }

    /**
     * The pages of a repeat's instances inside instance {@code outer} (null outside repeats) whose place is
     * {@code outerAt}: each instance's runs of elements and the instances of the repeats inside it, in form order,
     * then the add-another page.
     */
    private void addInstances(Repeat repeat, RepeatInstances.Scope outer, Page.Instance outerAt, List<Page> out) {
        int n = instanceCount(repeat, outer);
        LocalizedText group = layout.around(repeat).label();
        for (int i = 1; i <= n; i++) {
            RepeatInstances.Scope scope = new RepeatInstances.Scope(repeat, i, outer);
            Page.Instance at = new Page.Instance(repeat.name(), repeat.label(), i,
                    repeat.repeatCount() == null ? 0 : n, false, group, outerAt);
            for (Object part : layout.parts.get(repeat.name())) {
                if (part instanceof PageLayout.Run run) {
                    out.add(instances.page(run, scope, at));
                } else {
                    addInstances((Repeat) part, scope, at, out);
                }
            }
        }
        if (repeat.repeatCount() == null && n > 0) {
            out.add(instances.addPage(repeat, outer,
                    new Page.Instance(repeat.name(), repeat.label(), n, 0, true, group, outerAt)));
        }
    }

    /** Every question on the pages now, in page order (repeated questions once per instance). */
    List<Question> allQuestions() {
        List<Question> out = new ArrayList<>();
        for (Page page : list) {
            out.addAll(layout.questionsOf(page.content()));
        }
        return out;
    }

    /**
     * Stored answers of instances beyond a repeat's number now (a smaller repeat_count, a repeat not relevant, an
     * outer instance that is gone), and the counts of repeats inside such instances.
     */
    List<String> staleInstanceItems() {
        List<String> out = new ArrayList<>();
        for (String key : answers.keySet()) {
            Repeat.Indexed at = Repeat.parse(InstanceRemoval.withoutAddSuffix(key));
            List<Repeat> chain = at == null ? null : InstanceRemoval.chainOf(layout, at.name(), key);
            if (chain != null && chain.size() == at.indices().size() && beyond(chain, at.indices())) {
                out.add(key);
            }
        }
        return out;
    }

    private boolean beyond(List<Repeat> chain, List<Integer> indices) {
        RepeatInstances.Scope scope = null;
        for (int level = 0; level < chain.size(); level++) {
            if (indices.get(level) > instanceCount(chain.get(level), scope)) {
                return true;
            }
            scope = new RepeatInstances.Scope(chain.get(level), indices.get(level), scope);
        }
        return false;
    }

    /** The index of the first page of instance {@code indices} (outermost first) of a repeat, or -1. */
    int firstPageOf(String repeat, List<Integer> indices) {
        for (int i = 0; i < list.size(); i++) {
            Page.Instance at = list.get(i).instance();
            if (at != null && at.within(repeat, indices)) {
                return i;
            }
        }
        return -1;
    }

    /** The language codes the add-another words are given in: the form's, the participant's, English and Welsh. */
    static List<String> languageCodes(Form form, String language) {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        codes.add(form.defaultLanguage());
        form.languages().forEach(l -> codes.add(l.code()));
        codes.add(language);
        codes.add("en");
        codes.add("cy");
        codes.add(org.concord.forms.Language.DEFAULT_CODE);
        return List.copyOf(codes);
    }

    /**
     * Answers the add-another question: yes adds an instance at once (the yes itself is kept unsaved until Next moves
     * to the new instance), no is saved; returns what to save. The caller lays the pages out again.
     */
    List<Change> answerAddAnother(Question ask, String value) {
        String countKey = RepeatInstances.repeatOfAdd(ask.name());
        Repeat.Indexed in = Repeat.parse(countKey);
        Repeat repeat = layout.repeats.get(in == null ? countKey : in.name());
        RepeatInstances.Scope outer = in == null ? null : instances.scope(layout.outerOf(repeat), in.indices());
        List<Change> changes = new ArrayList<>();
        String before = answers.get(ask.name());
        if (RepeatInstances.YES.equals(value) && !RepeatInstances.YES.equals(before)) {
            if (before != null) {
                changes.add(new Change(ask.name(), null));
            }
            String count = Integer.toString(instanceCount(repeat, outer) + 1);
            answers.put(countKey, count);
            changes.add(new Change(countKey, count));
            answers.put(ask.name(), RepeatInstances.YES);
        } else if (!RepeatInstances.YES.equals(value) && !java.util.Objects.equals(before, value)) {
            if (RepeatInstances.YES.equals(before)) {
                // Yes then no on the same page: the instance just added is taken back.
                String count = Integer.toString(Math.max(1, instanceCount(repeat, outer) - 1));
                answers.put(countKey, count);
                changes.add(new Change(countKey, count));
            }
            if (value == null) {
                answers.remove(ask.name());
            } else {
                answers.put(ask.name(), value);
            }
            changes.add(new Change(ask.name(), value));
        }
        return changes;
    }

    /** The add-another repeat of an instance page that may be deleted (there are others), or null. */
    Repeat deletable(Page page) {
        Page.Instance at = page == null ? null : page.instance();
        if (at == null || at.count() != 0 || at.asksToAddAnother()) {
            return null;
        }
        Repeat repeat = layout.repeats.get(at.repeat());
        return instanceCount(repeat, outerScope(repeat, at)) > 1 ? repeat : null;
    }

    /**
     * The instances a page may delete: its own (as {@link #deletable}) and, walking out, each instance of an
     * add-another repeat around it that has more than one instance and no page of its own (a household made only of
     * its people is deleted from its people's pages).
     */
    List<Page.Instance> deletableInstances(Page page) {
        List<Page.Instance> out = new java.util.ArrayList<>();
        if (deletable(page) != null) {
            out.add(page.instance());
        }
        Page.Instance own = page == null ? null : page.instance();
        for (Page.Instance at = own == null ? null : own.outer(); at != null; at = at.outer()) {
            Repeat repeat = layout.repeats.get(at.repeat());
            if (at.count() != 0 || hasOwnPage(at.repeat())) {
                break;
            }
            if (instanceCount(repeat, outerScope(repeat, at)) > 1) {
                out.add(at);
            }
        }
        return out;
    }

    private boolean hasOwnPage(String repeat) {
        return list.stream().map(Page::instance).anyMatch(at -> at != null && at.repeat().equals(repeat)
                && !at.asksToAddAnother());
    }

    /** The repeat an instance is of. */
    Repeat repeatOf(Page.Instance at) {
        return layout.repeats.get(at.repeat());
    }

    private RepeatInstances.Scope outerScope(Repeat repeat, Page.Instance at) {
        Repeat outer = layout.outerOf(repeat);
        return outer == null ? null : instances.scope(outer, at.outerIndices());
    }

    /** Records {@code end} in every question of that type on the pages (repeat instances too); returns the changes. */
    List<Change> recordEnd() {
        List<Change> changes = new ArrayList<>();
        StartValues.end(allQuestions(), context).forEach((name, value) -> {
            answers.put(name, value);
            changes.add(new Change(name, value));
        });
        return changes;
    }

    /**
     * Deletes the instance {@code at} of an add-another repeat: the answers of the later instances (and of the repeats
     * inside them) move down by one (instance 3 becomes 2), the last instance's answers are cleared and the number of
     * instances drops by one. Returns what to save, all together; the caller lays the pages out again.
     */
    List<Change> deleteInstance(Repeat repeat, Page.Instance at) {
        RepeatInstances.Scope outer = outerScope(repeat, at);
        int n = instanceCount(repeat, outer);
        instances.forgetBeyond(repeat, at.outerIndices(), n - 1);
        List<Change> changes = InstanceRemoval.remove(answers, layout, repeat, at.outerIndices(), at.index());
        String key = countKey(repeat, outer);
        String count = Integer.toString(n - 1);
        answers.put(key, count);
        changes.add(new Change(key, count));
        return changes;
    }

    /**
     * Gives the questions of new repeat instances their {@code default} answers, and their metadata ({@code start},
     * {@code today}, {@code deviceid}, {@code username}) the values of the moment the instance is made.
     */
    List<Change> instanceDefaults(List<Question> made) {
        List<Change> changes = new ArrayList<>();
        for (Question q : made) {
            String value = StartValues.defaultValue(q, viewFor(q));
            value = value == null ? StartValues.metadata(q, context) : value;
            if (value != null && !value.isEmpty() && answers.get(q.name()) == null) {
                answers.put(q.name(), value);
                changes.add(new Change(q.name(), value));
            }
        }
        return changes;
    }

    /** The answers as an element sees them: in its repeat instance, or from outside any. */
    SessionAnswers viewFor(org.concord.forms.Node node) {
        return view.in(instances.scopeOf(node));
    }
}
