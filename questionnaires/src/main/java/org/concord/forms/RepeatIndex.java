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
 * @param repeats          the repeats in sheet order, at the top level, inside groups or inside other repeats (an
 *                         outer repeat before the repeats inside it)
 * @param repeatOfQuestion question name to the innermost repeat it is asked in, for the questions inside a repeat
 * @param countItems       the repeat names (the number of instances of an add-another repeat) and their
 *                         {@code name#add} items
 * @param outerOf          repeat name to the repeat it is inside, for a repeat inside another
 */
public record RepeatIndex(List<Repeat> repeats, Map<String, Repeat> repeatOfQuestion, Set<String> countItems,
                          Map<String, Repeat> outerOf) {
    public RepeatIndex {
        repeats = List.copyOf(repeats);
        repeatOfQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(repeatOfQuestion));
        countItems = Set.copyOf(countItems);
        outerOf = Collections.unmodifiableMap(new LinkedHashMap<>(outerOf));
    }

    static RepeatIndex of(List<Node> body) {
        List<Repeat> repeats = new ArrayList<>();
        Map<String, Repeat> outerOf = new LinkedHashMap<>();
        collectRepeats(body, null, repeats, outerOf);
        Map<String, Repeat> of = new LinkedHashMap<>();
        Set<String> counts = new HashSet<>();
        for (Repeat r : repeats) {
            // Outer repeats come first: a question of an inner repeat ends up with the inner one.
            List<Question> inside = new ArrayList<>();
            Form.collect(r.children(), inside);
            inside.forEach(q -> of.put(q.name(), r));
            counts.add(r.name());
            counts.add(r.name() + Repeat.ADD_ANOTHER_SUFFIX);
        }
        return new RepeatIndex(repeats, of, counts, outerOf);
    }

    private static void collectRepeats(List<Node> nodes, Repeat outer, List<Repeat> out, Map<String, Repeat> outerOf) {
        for (Node node : nodes) {
            if (node instanceof Repeat r) {
                out.add(r);
                if (outer != null) {
                    outerOf.put(r.name(), outer);
                }
                collectRepeats(r.children(), r, out, outerOf);
            } else if (node instanceof Group g) {
                collectRepeats(g.children(), outer, out, outerOf);
            }
        }
    }

    Optional<Repeat> repeatOf(String questionName) {
        return Optional.ofNullable(repeatOfQuestion.get(questionName));
    }

    /** A repeat and the repeats around it, outermost first (the repeat itself last). */
    List<Repeat> chain(Repeat repeat) {
        List<Repeat> out = new ArrayList<>();
        for (Repeat r = repeat; r != null; r = outerOf.get(r.name())) {
            out.add(0, r);
        }
        return out;
    }

    boolean isRepeatItem(String item) {
        if (countItems.contains(item)) {
            return true;
        }
        String plain = item.endsWith(Repeat.ADD_ANOTHER_SUFFIX)
                ? item.substring(0, item.length() - Repeat.ADD_ANOTHER_SUFFIX.length()) : item;
        Repeat.Indexed at = Repeat.parse(plain);
        if (at == null) {
            return false;
        }
        Repeat inner = repeatOfQuestion.get(at.name());
        if (inner != null && plain.equals(item)) {
            return at.indices().size() == chain(inner).size();
        }
        // repeat[i] and repeat[i]#add of a repeat inside instance i of another
        return outerOf.containsKey(at.name()) && at.indices().size() == chain(outerOf.get(at.name())).size();
    }
}
