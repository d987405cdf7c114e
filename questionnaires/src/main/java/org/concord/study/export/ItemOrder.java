package org.concord.study.export;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.forms.Form;
import org.concord.forms.LocalizedText;
import org.concord.forms.Question;
import org.concord.forms.Repeat;

/**
 * The order of stored items in exports and the questions of repeated items: {@code child_age[2]} (instance 2 of the
 * repeat that asks {@code child_age}) is exported as {@code child_age_2} with the question's type, choices and label,
 * and {@code age[2][3]} (person 3 of household 2, in a repeat inside a repeat) as {@code age_2_3}.
 */
public final class ItemOrder implements Comparator<String> {
    private final Form form;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Set<String> repeatedNames = new HashSet<>();
    /** Instances are ranked up to this index per repeat (a repeat has at most 100), four repeats deep. */
    private static final int MAX_INDEX = 127;

    public ItemOrder(Form form) {
        this.form = form;
        List<Question> questions = form.questions();
        for (int i = 0; i < questions.size(); i++) {
            positions.put(questions.get(i).name(), i);
        }
        for (Repeat r : form.repeats()) {
            questions.stream().filter(q -> form.repeatOf(q.name()).filter(r::equals).isPresent())
                    .forEach(q -> repeatedNames.add(q.name()));
        }
    }

    /** True for a question asked inside a repeat: it is stored and exported once per instance, never by its name. */
    public boolean isRepeated(Question q) {
        return repeatedNames.contains(q.name());
    }

    /**
     * The instance of a repeated question that an item stores ({@code child_age[2]}, {@code age[2][3]} with an index
     * for each repeat around the question), or null for other items.
     */
    public Repeat.Indexed repeated(String item) {
        Repeat.Indexed at = Repeat.parse(item);
        return at != null && repeatedNames.contains(at.name())
                && at.indices().size() == form.repeatChain(form.repeatOf(at.name()).orElseThrow()).size() ? at : null;
    }

    /**
     * The question of a repeated item as the wide exports show it: named {@code child_age_2}, labelled
     * "Age (2)" ({@code age_2_3}, "Age (2, 3)" in a repeat inside a repeat); null for other items.
     */
    public Question questionOf(String item) {
        Repeat.Indexed at = repeated(item);
        if (at == null) {
            return null;
        }
        Question q = form.question(at.name()).orElseThrow();
        Map<String, String> label = new LinkedHashMap<>();
        q.label().byLanguage().forEach((code, text) -> label.put(code, text + " (" + at.joined(", ") + ")"));
        return q.renamed(at.name() + "_" + at.joined("_"), new LocalizedText(label));
    }

    /** Form items in form order, then repeated items by question and instance, then the rest by name. */
    @Override
    public int compare(String a, String b) {
        return Long.compare(rank(a), rank(b)) != 0 ? Long.compare(rank(a), rank(b)) : a.compareTo(b);
    }

    private long rank(String item) {
        Integer at = positions.get(item);
        if (at != null) {
            return at;
        }
        Repeat.Indexed r = repeated(item);
        if (r != null) {
            long instance = 0;
            for (int index : r.indices()) {
                instance = instance * (MAX_INDEX + 1) + Math.min(index, MAX_INDEX);
            }
            return (1L + positions.size() + positions.get(r.name())) * 1_000_000_000L + instance;
        }
        return Long.MAX_VALUE;
    }
}
