package org.concord.forms;

import java.util.List;
import org.concord.forms.expr.Expression;

/**
 * A {@code begin_repeat} ... {@code end_repeat} block: its children are asked once per instance. In the runner each
 * instance is one page; answers are stored per instance as {@code name[i]} (1-based), and in a repeat inside a repeat
 * as {@code name[i][j]}: the outer instance first.
 *
 * @param name        repeat name
 * @param label       label in each language (may be blank); the kiosk shows it with the instance number
 * @param relevant    the {@code relevant} expression or null; it applies to every instance
 * @param repeatCount the {@code repeat_count} expression (a number or e.g. {@code ${n_children}}), or null when the
 *                    participant is asked after each instance whether to add another
 * @param children    the questions, groups and repeats inside, in sheet order
 * @param row         1-based row of the {@code begin_repeat}
 */
public record Repeat(String name, LocalizedText label, Expression relevant, Expression repeatCount,
                     List<Node> children, int row) implements Node {
    public Repeat {
        children = List.copyOf(children);
    }

    /** Appended to a repeat's name: the item that holds the last answer to "add another?" ({@code yes} or {@code no}). */
    public static final String ADD_ANOTHER_SUFFIX = "#add";

    /** The storage key of a repeated item in instance {@code index} (1-based): {@code name[index]}. */
    public static String key(String item, int index) {
        return item + "[" + index + "]";
    }

    /**
     * The storage key of an item in nested instances, outermost first: {@code name[i][j]}; {@code name} itself for
     * no indices. The number of instances of a repeat inside instance {@code i} of another is stored as
     * {@code repeat[i]}, its last "add another?" answer as {@code repeat[i]#add}.
     */
    public static String key(String item, List<Integer> indices) {
        StringBuilder out = new StringBuilder(item);
        indices.forEach(i -> out.append('[').append(i).append(']'));
        return out.toString();
    }

    /** A stored item key split into its name and 1-based instances, or null when it has no {@code [i]}. */
    public static Indexed parse(String key) {
        List<Integer> indices = new java.util.ArrayList<>();
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == ']') {
            int open = key.lastIndexOf('[', end - 1);
            String digits = open < 0 ? "" : key.substring(open + 1, end - 1);
            if (open <= 0 || digits.isEmpty() || digits.length() > 6
                    || !digits.chars().allMatch(Character::isDigit) || Integer.parseInt(digits) < 1) {
                break;
            }
            indices.add(0, Integer.parseInt(digits));
            end = open;
        }
        return indices.isEmpty() ? null : new Indexed(key.substring(0, end), indices);
    }

    /**
     * A stored key of a repeated item: the item's name and its 1-based instances, outermost first.
     *
     * @param name    the question (or repeat) name
     * @param indices the instance of each repeat around it, outermost first; never empty
     */
    public record Indexed(String name, List<Integer> indices) {
        public Indexed {
            indices = List.copyOf(indices);
        }

        /** A key of a repeat at the top level: {@code name[index]}. */
        public Indexed(String name, int index) {
            this(name, List.of(index));
        }

        /** The innermost instance. */
        public int index() {
            return indices.get(indices.size() - 1);
        }

        /** The instances joined for names and labels: {@code 2} or {@code 2_3} with {@code separator} "_". */
        public String joined(String separator) {
            return String.join(separator, indices.stream().map(String::valueOf).toList());
        }
    }
}
