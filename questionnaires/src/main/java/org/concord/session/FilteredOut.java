package org.concord.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.concord.forms.Choice;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;

/**
 * Clears the choices of cascading selects that their {@code choice_filter} no longer lets through (the city of a
 * country that is no longer chosen), so that no answer stands that the participant could not have given; a rank keeps
 * the order of the choices still let through, and is cleared when the filter lets in one it has not ranked.
 */
final class FilteredOut {
    private FilteredOut() {
    }

    /** The choices, in the order given, that {@code filter} lets through with the answers {@code seen}. */
    static List<Choice> passing(org.concord.forms.expr.Expression filter, List<Choice> all, SessionAnswers seen) {
        List<Choice> out = new ArrayList<>();
        for (Choice c : all) {
            if (filter.test(seen.forChoice(c), null)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Drops what the filters no longer let through from {@code answers}.
     *
     * @param questions   every question of the session (repeat instances included)
     * @param answers     the session's answers, changed in place
     * @param choices     the choices a question shows now
     * @param selected    the chosen names of a question's answer
     * @param recalculate the calculations that change when an item changes
     * @return what to save
     */
    static List<Change> drop(List<Question> questions, Map<String, String> answers,
                             Function<Question, List<Choice>> choices, Function<String, List<String>> selected,
                             Function<String, List<Change>> recalculate) {
        List<Change> changes = new ArrayList<>();
        for (Question q : questions) {
            if (q.options().choiceFilter() == null || !answers.containsKey(q.name())) {
                continue;
            }
            List<String> allowed = choices.apply(q).stream().map(Choice::name).toList();
            List<String> chosen = selected.apply(q.name());
            List<String> kept = chosen.stream().filter(allowed::contains).toList();
            // A ranking that misses a choice let in now is no longer the participant's order of the choices shown.
            boolean unranked = q.type() == QuestionType.RANK && RankOrder.missesAny(allowed, kept);
            if (kept.size() < chosen.size() || unranked) {
                String value = kept.isEmpty() || unranked ? null : String.join(" ", kept);
                if (value == null) {
                    answers.remove(q.name());
                } else {
                    answers.put(q.name(), value);
                }
                changes.add(new Change(q.name(), value));
                changes.addAll(recalculate.apply(q.name()));
            }
        }
        return changes;
    }
}
