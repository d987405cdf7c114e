package org.concord.session;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.Repeat;
import org.concord.forms.expr.Answers;
import org.concord.forms.expr.LastSaved;

/**
 * A session's answers as expressions see them, with the session's clock, the previous submission's answers for
 * {@code ${last-saved#q}} and choice labels in its language. Inside a
 * repeat instance {@code ${q}} is the answer of that instance (stored as {@code q[i]}); outside it is the first
 * instance's, and {@code sum(${q})}, {@code count(${repeat})} and {@code indexed-repeat()} see every instance.
 */
final class SessionAnswers implements Answers {
    private final Map<String, String> answers;
    private final Form form;
    private final Supplier<String> language;
    private final SessionContext context;
    private final Map<String, Repeat> repeatOfQuestion;
    private final Map<String, Repeat> repeats;
    private final ToIntFunction<Repeat> counts;
    private final RepeatInstances.Scope scope;

    SessionAnswers(Map<String, String> answers, Form form, Supplier<String> language, SessionContext context,
                   PageLayout layout, ToIntFunction<Repeat> counts) {
        this(answers, form, language, context, layout.repeatOfQuestion, layout.repeats, counts, null);
    }

    private SessionAnswers(Map<String, String> answers, Form form, Supplier<String> language, SessionContext context,
                           Map<String, Repeat> repeatOfQuestion, Map<String, Repeat> repeats,
                           ToIntFunction<Repeat> counts, RepeatInstances.Scope scope) {
        this.answers = answers;
        this.form = form;
        this.language = language;
        this.context = context;
        this.repeatOfQuestion = repeatOfQuestion;
        this.repeats = repeats;
        this.counts = counts;
        this.scope = scope;
    }

    /** These answers as seen from inside one repeat instance (or from outside for a null scope). */
    SessionAnswers in(RepeatInstances.Scope inside) {
        return inside == scope ? this
                : new SessionAnswers(answers, form, language, context, repeatOfQuestion, repeats, counts, inside);
    }

    @Override
    public String get(String name) {
        String previous = LastSaved.question(name);
        if (previous != null) {
            return context.lastSaved(previous);
        }
        Repeat repeat = repeatOfQuestion.get(name);
        if (repeat == null) {
            return answers.get(name);
        }
        boolean here = scope != null && scope.repeat().name().equals(repeat.name()) && scope.index() > 0;
        return answers.get(Repeat.key(name, here ? scope.index() : 1));
    }

    @Override
    public List<String> all(String name) {
        Repeat repeat = repeatOfQuestion.get(name);
        if (repeat == null) {
            return Answers.super.all(name);
        }
        List<String> out = new ArrayList<>();
        int n = counts.applyAsInt(repeat);
        for (int i = 1; i <= n; i++) {
            out.add(answers.get(Repeat.key(name, i)));
        }
        return out;
    }

    @Override
    public String indexed(String name, int index) {
        return repeatOfQuestion.containsKey(name) ? answers.get(Repeat.key(name, index))
                : Answers.super.indexed(name, index);
    }

    @Override
    public int count(String name) {
        Repeat repeat = repeats.get(name);
        return repeat != null ? counts.applyAsInt(repeat) : Answers.super.count(name);
    }

    @Override
    public int position() {
        return scope == null ? 0 : scope.index();
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
        SessionAnswers outer = this;
        return new Answers() {
            @Override
            public String get(String name) {
                return outer.get(name);
            }

            @Override
            public List<String> all(String name) {
                return outer.all(name);
            }

            @Override
            public String indexed(String name, int index) {
                return outer.indexed(name, index);
            }

            @Override
            public int count(String name) {
                return outer.count(name);
            }

            @Override
            public int position() {
                return outer.position();
            }

            @Override
            public String choiceLabel(String question, String value) {
                return outer.choiceLabel(question, value);
            }

            @Override
            public LocalDateTime now() {
                return outer.now();
            }

            @Override
            public String choiceColumn(String column) {
                return switch (column) {
                    case "name" -> choice.name();
                    case "label" -> choice.label().get(outer.language.get(), outer.form.defaultLanguage());
                    default -> choice.columns().get(column);
                };
            }
        };
    }
}
