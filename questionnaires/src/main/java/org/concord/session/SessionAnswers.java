package org.concord.session;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.Repeat;
import org.concord.forms.expr.Answers;
import org.concord.forms.expr.ItemAnswers;
import org.concord.forms.expr.LastSaved;
import org.concord.forms.validation.XlsFormNames;

/**
 * A session's answers as expressions see them, with the session's clock, the previous submission's answers for
 * {@code ${last-saved#q}} and choice labels in its language. Inside a repeat instance {@code ${q}} is the answer of
 * that instance (stored as {@code q[i]}, in a repeat inside a repeat {@code q[i][j]}: the nearest instance of each
 * repeat around {@code q}); outside it is the first instance's, and {@code sum(${q})}, {@code count(${repeat})} and
 * {@code indexed-repeat()} see every instance (inside an outer instance, every instance in it).
 */
final class SessionAnswers implements Answers {
    /** The number of instances of a repeat inside an instance of the repeat around it (null outside repeats). */
    interface Counts {
        int of(Repeat repeat, RepeatInstances.Scope outer);
    }

    private final Map<String, String> answers;
    private final Form form;
    private final Supplier<String> language;
    private final SessionContext context;
    private final PageLayout layout;
    private final Counts counts;
    private final RepeatInstances.Scope scope;

    SessionAnswers(Map<String, String> answers, Form form, Supplier<String> language, SessionContext context,
                   PageLayout layout, Counts counts) {
        this(answers, form, language, context, layout, counts, null);
    }

    private SessionAnswers(Map<String, String> answers, Form form, Supplier<String> language, SessionContext context,
                           PageLayout layout, Counts counts, RepeatInstances.Scope scope) {
        this.answers = answers;
        this.form = form;
        this.language = language;
        this.context = context;
        this.layout = layout;
        this.counts = counts;
        this.scope = scope;
    }

    /** These answers as seen from inside one repeat instance (or from outside for a null scope). */
    SessionAnswers in(RepeatInstances.Scope inside) {
        return inside == scope ? this : new SessionAnswers(answers, form, language, context, layout, counts, inside);
    }

    /** The instance of {@code repeat} this view is in, or 0. */
    private int here(Repeat repeat) {
        return scope == null ? 0 : scope.indexOf(repeat.name());
    }

    @Override
    public String get(String name) {
        String previous = LastSaved.question(name);
        if (previous != null) {
            return context.lastSaved(previous);
        }
        Repeat repeat = layout.repeatOfQuestion.get(name);
        if (repeat == null) {
            return XlsFormNames.INSTANCE_ID.equals(name) && form.question(name).isEmpty() ? context.instanceId()
                    : answers.get(name);
        }
        return indexed(name, Map.of());
    }

    @Override
    public List<String> all(String name) {
        Repeat repeat = layout.repeatOfQuestion.get(name);
        if (repeat == null) {
            return Answers.super.all(name);
        }
        List<String> out = new ArrayList<>();
        eachInstance(layout.chain(repeat), 0, null, s -> out.add(answers.get(Repeat.key(name, s.indices()))));
        return out;
    }

    /**
     * Every instance of the last repeat of {@code chain} (outermost first) from {@code level} on: the repeats around
     * it in the instance this view is in, every instance of the others.
     */
    private void eachInstance(List<Repeat> chain, int level, RepeatInstances.Scope outer,
                              java.util.function.Consumer<RepeatInstances.Scope> each) {
        Repeat repeat = chain.get(level);
        int fixed = level < chain.size() - 1 ? here(repeat) : 0;
        int from = fixed > 0 ? fixed : 1;
        int to = fixed > 0 ? fixed : counts.of(repeat, outer);
        for (int i = from; i <= to; i++) {
            RepeatInstances.Scope at = new RepeatInstances.Scope(repeat, i, outer);
            if (level == chain.size() - 1) {
                each.accept(at);
            } else {
                eachInstance(chain, level + 1, at, each);
            }
        }
    }

    @Override
    public String indexed(String name, int index) {
        Repeat repeat = layout.repeatOfQuestion.get(name);
        return repeat != null ? indexed(name, Map.of(repeat.name(), index)) : Answers.super.indexed(name, index);
    }

    /**
     * The answer of {@code name} in the instances given by repeat name; a repeat around it that is not given is the
     * instance this view is in, or the first.
     */
    @Override
    public String indexed(String name, Map<String, Integer> instances) {
        Repeat repeat = layout.repeatOfQuestion.get(name);
        if (repeat == null) {
            return Answers.super.indexed(name, instances);
        }
        List<Integer> indices = new ArrayList<>();
        for (Repeat r : layout.chain(repeat)) {
            Integer given = instances.get(r.name());
            indices.add(given != null ? given : Math.max(1, here(r)));
        }
        return answers.get(Repeat.key(name, indices));
    }

    @Override
    public int count(String name) {
        Repeat repeat = layout.repeats.get(name);
        if (repeat == null) {
            return Answers.super.count(name);
        }
        int[] n = {0};
        eachInstance(layout.chain(repeat), 0, null, s -> n[0]++);
        return n[0];
    }

    @Override
    public int position() {
        return scope == null ? 0 : scope.index();
    }

    @Override
    public int position(int levels) {
        RepeatInstances.Scope at = scope;
        for (int i = 1; i < levels && at != null; i++) {
            at = at.outer();
        }
        return at == null ? 0 : at.index();
    }

    @Override
    public String choiceLabel(String question, String value) {
        return form.question(question).flatMap(form::choicesOf).flatMap(list -> list.choice(value))
                .map(Choice::label).map(l -> l.get(language.get(), form.defaultLanguage())).orElse(null);
    }

    @Override
    public LocalDateTime now() {
        return LocalDateTime.now(context.clock());
    }

    /** These answers as a {@code choice_filter} sees them for one choice: bare names are its columns. */
    Answers forChoice(Choice choice) {
        return new ItemAnswers(this, column -> switch (column) {
            case "name" -> choice.name();
            case "label" -> choice.label().get(language.get(), form.defaultLanguage());
            default -> choice.columns().get(column);
        }, null);
    }
}
