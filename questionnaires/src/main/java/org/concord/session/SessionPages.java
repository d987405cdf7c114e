package org.concord.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Form;
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

    /**
     * The number of instances of a repeat now: none when it or a group around it is not relevant; else its {@code repeat_count}, or for an
     * "add another" repeat the number stored under the repeat's name (at least one).
     */
    int instanceCount(Repeat repeat) {
        for (Expression condition : layout.around(repeat).with(repeat)) {
            if (!condition.test(view, null)) {
                return 0;
            }
        }
        double n;
        if (repeat.repeatCount() != null) {
            n = Values.toNumber(repeat.repeatCount().evaluate(view, null));
        } else {
            n = answers.containsKey(repeat.name()) ? Values.toNumber(answers.get(repeat.name())) : 1;
            n = Double.isNaN(n) ? 1 : Math.max(n, 1);
        }
        return Double.isNaN(n) ? 0 : (int) Math.max(0, Math.min(Math.floor(n), RepeatInstances.MAX_INSTANCES));
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
                int n = instanceCount(repeat);
                for (int i = 1; i <= n; i++) {
                    out.add(instances.page(repeat, i, repeat.repeatCount() == null ? 0 : n));
                }
                if (repeat.repeatCount() == null && n > 0) {
                    out.add(instances.addPage(repeat, n));
                }
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

    /** Every question on the pages now, in page order (repeated questions once per instance). */
    List<Question> allQuestions() {
        List<Question> out = new ArrayList<>();
        for (Page page : list) {
            out.addAll(layout.questionsOf(page.content()));
        }
        return out;
    }

    /** Stored answers of instances beyond a repeat's number now (a smaller repeat_count, a repeat not relevant). */
    List<String> staleInstanceItems() {
        List<String> out = new ArrayList<>();
        for (String key : answers.keySet()) {
            Repeat.Indexed at = Repeat.parse(key);
            Repeat repeat = at == null ? null : layout.repeatOfQuestion.get(at.name());
            if (repeat != null && at.index() > instanceCount(repeat)) {
                out.add(key);
            }
        }
        return out;
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
        Repeat repeat = layout.repeats.get(RepeatInstances.repeatOfAdd(ask.name()));
        List<Change> changes = new ArrayList<>();
        String before = answers.get(ask.name());
        if (RepeatInstances.YES.equals(value) && !RepeatInstances.YES.equals(before)) {
            if (before != null) {
                changes.add(new Change(ask.name(), null));
            }
            String count = Integer.toString(instanceCount(repeat) + 1);
            answers.put(repeat.name(), count);
            changes.add(new Change(repeat.name(), count));
            answers.put(ask.name(), RepeatInstances.YES);
        } else if (!RepeatInstances.YES.equals(value) && !java.util.Objects.equals(before, value)) {
            if (RepeatInstances.YES.equals(before)) {
                // Yes then no on the same page: the instance just added is taken back.
                String count = Integer.toString(Math.max(1, instanceCount(repeat) - 1));
                answers.put(repeat.name(), count);
                changes.add(new Change(repeat.name(), count));
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
        return instanceCount(repeat) > 1 ? repeat : null;
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
     * Deletes instance {@code index} of an add-another repeat: the answers of the later instances move down by one
     * (instance 3 becomes 2), the last instance's answers are cleared and the number of instances drops by one.
     * Returns what to save, all together; the caller lays the pages out again.
     */
    List<Change> deleteInstance(Repeat repeat, int index) {
        int n = instanceCount(repeat);
        instances.forgetBeyond(repeat, n - 1);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Repeat> in : layout.repeatOfQuestion.entrySet()) {
            if (in.getValue() != repeat) {
                continue;
            }
            for (int i = index; i <= n; i++) {
                String key = Repeat.key(in.getKey(), i);
                String moved = i < n ? answers.get(Repeat.key(in.getKey(), i + 1)) : null;
                if (!java.util.Objects.equals(answers.get(key), moved)) {
                    if (moved == null) {
                        answers.remove(key);
                    } else {
                        answers.put(key, moved);
                    }
                    changes.add(new Change(key, moved));
                }
            }
        }
        String count = Integer.toString(n - 1);
        answers.put(repeat.name(), count);
        changes.add(new Change(repeat.name(), count));
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
