package org.concord.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.concord.forms.Question;
import org.concord.forms.Repeat;

/**
 * Recomputes the values of a session's calculations: calculate rows and questions with a {@code calculation} (shown
 * read-only, or set when their {@code trigger} changes).
 */
final class Calculations {
    private Calculations() {
    }

    /**
     * Recomputes every calculation of {@code questions} into {@code answers}; one with a {@code trigger} only when
     * {@code changed} (an item, maybe {@code q[i]}) is its trigger. An irrelevant or empty value clears the answer.
     *
     * @return the answers that changed
     */
    static List<Change> recalculate(String changed, List<Question> questions, Map<String, String> answers,
                                    Predicate<Question> relevant, Function<Question, SessionAnswers> viewFor) {
        List<Change> changes = new ArrayList<>();
        Repeat.Indexed indexed = changed == null ? null : Repeat.parse(changed);
        String changedItem = indexed == null ? changed : indexed.name();
        for (Question q : questions) {
            if (q.calculation() == null) {
                continue;
            }
            String trigger = q.options().trigger();
            if (trigger != null && !trigger.equals(changedItem)) {
                continue;
            }
            // The current value is "." for once(): a value once calculated is kept.
            String value = relevant.test(q)
                    ? StartValues.asText(q.calculation().evaluate(viewFor.apply(q), answers.get(q.name()))) : null;
            if (value != null && value.isEmpty()) {
                value = null;
            }
            if (!Objects.equals(value, answers.get(q.name()))) {
                if (value == null) {
                    answers.remove(q.name());
                } else {
                    answers.put(q.name(), value);
                }
                changes.add(new Change(q.name(), value));
            }
        }
        return changes;
    }
}
