package org.concord.session;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Supplier;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.expr.Answers;

/** A session's answers as expressions see them, with the session's clock and choice labels in its language. */
final class SessionAnswers implements Answers {
    private final Map<String, String> answers;
    private final Form form;
    private final Supplier<String> language;
    private final Clock clock;

    SessionAnswers(Map<String, String> answers, Form form, Supplier<String> language, Clock clock) {
        this.answers = answers;
        this.form = form;
        this.language = language;
        this.clock = clock;
    }

    @Override
    public String get(String name) {
        return answers.get(name);
    }

    @Override
    public String choiceLabel(String question, String value) {
        return form.question(question).flatMap(form::choicesOf).flatMap(list -> list.choice(value))
                .map(Choice::label).map(l -> l.get(language.get(), form.defaultLanguage())).orElse(null);
    }

    @Override
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
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
