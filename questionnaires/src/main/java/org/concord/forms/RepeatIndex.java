package org.concord.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The repeats of a form's body and what they store, found once when the form is made (the analysis asks about every
 * stored item).
 *
 * @param repeats          the repeats in sheet order, at the top level or inside groups
 * @param repeatOfQuestion question name to the repeat it is asked in, for the questions inside a repeat
 * @param countItems       the repeat names (the number of instances of an add-another repeat) and their
 *                         {@code name#add} items
 */
public record RepeatIndex(List<Repeat> repeats, Map<String, Repeat> repeatOfQuestion, Set<String> countItems) {
    public RepeatIndex {
        repeats = List.copyOf(repeats);
        repeatOfQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(repeatOfQuestion));
        countItems = Set.copyOf(countItems);
    }

    static RepeatIndex of(List<Node> body) {
        List<Repeat> repeats = new ArrayList<>();
        collectRepeats(body, repeats);
        Map<String, Repeat> of = new LinkedHashMap<>();
        Set<String> counts = new HashSet<>();
        for (Repeat r : repeats) {
            List<Question> inside = new ArrayList<>();
            Form.collect(r.children(), inside);
            inside.forEach(q -> of.putIfAbsent(q.name(), r));
            counts.add(r.name());
            counts.add(r.name() + Repeat.ADD_ANOTHER_SUFFIX);
        }
        return new RepeatIndex(repeats, of, counts);
    }

    private static void collectRepeats(List<Node> nodes, List<Repeat> out) {
        for (Node node : nodes) {
            if (node instanceof Repeat r) {
                out.add(r);
            } else if (node instanceof Group g) {
                collectRepeats(g.children(), out);
            }
        }
    }

    Optional<Repeat> repeatOf(String questionName) {
        return Optional.ofNullable(repeatOfQuestion.get(questionName));
    }

    boolean isRepeatItem(String item) {
        if (countItems.contains(item)) {
            return true;
        }
        Repeat.Indexed at = Repeat.parse(item);
        return at != null && repeatOfQuestion.containsKey(at.name());
    }
}
