package org.concord.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.forms.QuestionOptions;

/**
 * The order of the answers of selects with {@code randomize=true}: drawn once per participant from their seed and the
 * question's name (so that one question's order does not depend on the others), or from the question's own numeric
 * {@code seed}; a {@code choice_filter} then keeps that order among the answers it lets through.
 */
final class ChoiceOrders {
    /** Question name to the choice names in the order shown. */
    private final Map<String, List<String>> orders = new LinkedHashMap<>();

    ChoiceOrders(Form form, long participantSeed) {
        for (Question q : form.questions()) {
            QuestionOptions.Shuffle shuffle = q.options().shuffle();
            if (shuffle == null) {
                continue;
            }
            List<String> names = new ArrayList<>(form.choicesOf(q).map(ChoiceList::choices).orElse(List.of())
                    .stream().map(Choice::name).toList());
            long seed = shuffle.seed() != null ? shuffle.seed()
                    : participantSeed ^ (q.name().hashCode() * 0x9E3779B97F4A7C15L);
            Collections.shuffle(names, new Random(seed));
            orders.put(q.name(), List.copyOf(names));
        }
    }

    /** The orders drawn, by question name (recorded in the paradata with the randomised groups). */
    Map<String, List<String>> orders() {
        return Collections.unmodifiableMap(orders);
    }

    /** The choices of {@code question} in the order shown: its drawn order, or the sheet's. */
    List<Choice> arrange(String question, List<Choice> choices) {
        List<String> order = orders.get(question);
        if (order == null) {
            return choices;
        }
        List<Choice> out = new ArrayList<>(choices);
        out.sort((a, b) -> Integer.compare(order.indexOf(a.name()), order.indexOf(b.name())));
        return out;
    }
}
