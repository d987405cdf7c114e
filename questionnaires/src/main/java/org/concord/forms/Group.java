package org.concord.forms;

import java.util.List;
import org.concord.forms.expr.Expression;

/**
 * A {@code begin_group} ... {@code end_group} block. In the runner a top-level group is one page.
 *
 * @param name       group name
 * @param label      label in each language (may be blank)
 * @param relevant   the {@code relevant} expression or null
 * @param appearance the {@code appearance} column, or empty
 * @param randomize  true when {@code parameters} says {@code randomize=true}: the items are shuffled per participant
 * @param children   the elements inside, in sheet order
 * @param row        1-based row of the {@code begin_group}
 */
public record Group(String name, LocalizedText label, Expression relevant, String appearance, boolean randomize,
                    List<Node> children, int row) implements Node {
    public Group {
        children = List.copyOf(children);
    }
}
