package org.concord.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
    /** Question name to each choice name's position in that order (arranging looks positions up on every call). */
    private final Map<String, Map<String, Integer>> positions = new HashMap<>();

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
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                position.putIfAbsent(names.get(i), i);
            }
            positions.put(q.name(), position);
        }
    }

    /** The orders drawn, by question name (recorded in the paradata with the randomised groups). */
    Map<String, List<String>> orders() {
        return Collections.unmodifiableMap(orders);
    }

    /** The choices of {@code question} in the order shown: its drawn order, or the sheet's. */
    List<Choice> arrange(String question, List<Choice> choices) {
        Map<String, Integer> position = positions.get(question);
        if (position == null) {
            return choices;
        }
        List<Choice> out = new ArrayList<>(choices);
        out.sort(Comparator.comparingInt(c -> position.getOrDefault(c.name(), -1)));
        return out;
    }
}
