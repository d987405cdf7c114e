package org.concord.forms;

import java.util.List;
import org.concord.forms.expr.Expression;

/**
 * A {@code begin_repeat} ... {@code end_repeat} block: its children are asked once per instance. In the runner each
 * instance is one page; answers are stored per instance as {@code name[i]} (1-based).
 *
 * @param name        repeat name
 * @param label       label in each language (may be blank); the kiosk shows it with the instance number
 * @param relevant    the {@code relevant} expression or null; it applies to every instance
 * @param repeatCount the {@code repeat_count} expression (a number or e.g. {@code ${n_children}}), or null when the
 *                    participant is asked after each instance whether to add another
 * @param children    the questions and groups inside, in sheet order (no nested repeat)
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

    /** A stored item key split into its name and 1-based instance, or null when it has no {@code [i]}. */
    public static Indexed parse(String key) {
        int open = key.lastIndexOf('[');
        if (open <= 0 || !key.endsWith("]")) {
            return null;
        }
        String digits = key.substring(open + 1, key.length() - 1);
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int index = Integer.parseInt(digits);
        return index < 1 ? null : new Indexed(key.substring(0, open), index);
    }

    /** A stored key of a repeated item: the item's name and its 1-based instance. */
    public record Indexed(String name, int index) {
    }
}
