package org.concord.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.concord.forms.Repeat;

/**
 * The stored items of repeat instances when one instance is deleted: the answers of the later instances of the same
 * repeat (in the same outer instance) move down by one, with the answers and counts of the repeats inside them
 * ({@code age[3][2]} becomes {@code age[2][2]}, {@code person[3]} becomes {@code person[2]}).
 */
final class InstanceRemoval {
    private InstanceRemoval() {
    }

    /** A stored key without the {@code #add} of an add-another answer. */
    static String withoutAddSuffix(String key) {
        return key.endsWith(Repeat.ADD_ANOTHER_SUFFIX)
                ? key.substring(0, key.length() - Repeat.ADD_ANOTHER_SUFFIX.length()) : key;
    }

    /**
     * The repeats whose instances a stored key names, outermost first: those around a question for {@code q[i][j]},
     * those around an inner repeat for its count {@code person[i]} and {@code person[i]#add}; null for other keys.
     */
    static List<Repeat> chainOf(PageLayout layout, String name, String key) {
        Repeat repeat = layout.repeatOfQuestion.get(name);
        if (repeat != null && !key.endsWith(Repeat.ADD_ANOTHER_SUFFIX)) {
            return layout.chain(repeat);
        }
        Repeat inner = layout.repeats.get(name);
        Repeat outer = inner == null ? null : layout.outerOf(inner);
        return outer == null ? null : layout.chain(outer);
    }

    /**
     * Removes instance {@code index} of {@code repeat} inside instance {@code outerIndices} of the repeats around it
     * from {@code answers}, moving the later instances down; returns the items that changed, in key order.
     */
    static List<Change> remove(Map<String, String> answers, PageLayout layout, Repeat repeat,
                               List<Integer> outerIndices, int index) {
        int level = outerIndices.size();
        Map<String, String> moved = new HashMap<>();
        TreeSet<String> touched = new TreeSet<>();
        for (Map.Entry<String, String> item : answers.entrySet()) {
            String key = item.getKey();
            Repeat.Indexed at = Repeat.parse(withoutAddSuffix(key));
            List<Repeat> chain = at == null ? null : chainOf(layout, at.name(), key);
            if (chain == null || chain.size() != at.indices().size() || chain.size() <= level
                    || !chain.get(level).name().equals(repeat.name())
                    || !at.indices().subList(0, level).equals(outerIndices) || at.indices().get(level) < index) {
                continue;
            }
            touched.add(key);
            int i = at.indices().get(level);
            if (i > index) {
                List<Integer> down = new ArrayList<>(at.indices());
                down.set(level, i - 1);
                String to = Repeat.key(at.name(), down) + (key.equals(withoutAddSuffix(key)) ? ""
                        : Repeat.ADD_ANOTHER_SUFFIX);
                moved.put(to, item.getValue());
                touched.add(to);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (String key : touched) {
            String value = moved.get(key);
            if (!Objects.equals(answers.get(key), value)) {
                if (value == null) {
                    answers.remove(key);
                } else {
                    answers.put(key, value);
                }
                changes.add(new Change(key, value));
            }
        }
        return changes;
    }
}
