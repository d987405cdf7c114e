package org.concord.stats.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;

/**
 * How each answer of a form is read for analysis: values items to reverse-scored numbers, the {@code role} answer to
 * leader or worker, other select answers checked against their choices. Built once per form; lookups are hash-based
 * because the national data set has about half a million answers.
 */
public final class ItemCoding {
    /** The role groups of the design. */
    public static final String LEADER = "leader";
    /** The role groups of the design. */
    public static final String WORKER = "worker";

    /** What one form item is for analysis. */
    enum Kind { VALUES, ROLE, SELECT_ONE, SELECT_MULTIPLE, OTHER }

    /**
     * One item: its kind, values-item column, its choices (name to scored value or role group), and its place among
     * the form's questions ({@code 0..}{@link #size()}{@code -1}, for arrays with a slot for each item).
     */
    record Item(String name, Kind kind, int column, Map<String, Object> choices, String choiceNames, int slot) {
    }

    private final Form form;
    private final Map<String, Item> items = new HashMap<>();
    private final List<Question> valuesItems;
    private final int[] scaleSizes;
    private final int size;

    private ItemCoding(Form form) {
        this.form = form;
        this.valuesItems = form.valuesItems();
        this.scaleSizes = new int[valuesItems.size()];
        this.size = form.questions().size();
        Map<String, Integer> valuesColumn = new HashMap<>();
        for (int j = 0; j < valuesItems.size(); j++) {
            valuesColumn.put(valuesItems.get(j).name(), j);
            scaleSizes[j] = form.scaleSize(valuesItems.get(j));
        }
        List<Question> questions = form.questions();
        for (int slot = 0; slot < questions.size(); slot++) {
            Question q = questions.get(slot);
            Optional<ChoiceList> list = form.choicesOf(q);
            List<Choice> choices = list.map(ChoiceList::choices).orElse(List.of());
            String names = choices.stream().map(Choice::name).collect(Collectors.joining(", "));
            Map<String, Object> byName = new HashMap<>();
            Kind kind;
            int column = -1;
            if (valuesColumn.containsKey(q.name())) {
                kind = Kind.VALUES;
                column = valuesColumn.get(q.name());
                int a = scaleSizes[column];
                for (Choice c : choices) {
                    Double score = scoreOf(c.name(), a);
                    if (score != null) {
                        byName.put(c.name(), q.reverse() ? (a + 1) - score : score);
                    }
                }
            } else if (Form.ROLE_QUESTION.equals(q.name()) && q.type() == QuestionType.SELECT_ONE) {
                kind = Kind.ROLE;
                for (Choice c : choices) {
                    byName.put(c.name(), c.roleGroup() == null ? "" : c.roleGroup());
                }
            } else if (q.type() == QuestionType.SELECT_ONE) {
                kind = Kind.SELECT_ONE;
                choices.forEach(c -> byName.put(c.name(), c.name()));
            } else if (q.type() == QuestionType.SELECT_MULTIPLE) {
                kind = Kind.SELECT_MULTIPLE;
                choices.forEach(c -> byName.put(c.name(), c.name()));
            } else {
                kind = Kind.OTHER;
            }
            items.put(q.name(), new Item(q.name(), kind, column, byName, names, slot));
        }
    }

    /** The coding of this form's items. */
    public static ItemCoding of(Form form) {
        return new ItemCoding(form);
    }

    /** The choice name {@code 1..A} as a number, or null when it is not one. */
    private static Double scoreOf(String name, int a) {
        try {
            int v = Integer.parseInt(name.trim());
            return v >= 1 && v <= a ? (double) v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The form this coding reads. */
    public Form form() {
        return form;
    }

    /** The values items in sheet order: the columns of every response matrix. */
    public List<Question> valuesItems() {
        return valuesItems;
    }

    /** The number of scale points A of each values item, by column. */
    public int[] scaleSizes() {
        return scaleSizes.clone();
    }

    /** The largest scale size among values items (the {@code A} of rwg when all items share one scale). */
    public int scalePoints() {
        int a = 0;
        for (int s : scaleSizes) {
            a = Math.max(a, s);
        }
        return a;
    }

    /** The number of item slots (the form's questions). */
    int size() {
        return size;
    }

    Item item(String name) {
        return items.get(name);
    }

    /** Every form item name, for "did you mean" hints. */
    List<String> itemNames() {
        return new ArrayList<>(items.keySet());
    }
}
