package org.concord.forms.expr;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Answers as an expression sees them for one item of a list: a choice being filtered by a {@code choice_filter}, or an
 * item of a secondary instance tested by a predicate. A bare name is the item's column; everything else is the
 * outer answers'.
 *
 * @param outer    the answers of the form
 * @param columns  the item's column of a name (null when it has none)
 * @param itemPosition the item's 1-based position for {@code position()}, or null for the outer position
 */
public record ItemAnswers(Answers outer, UnaryOperator<String> columns, Integer itemPosition) implements Answers {
    @Override
    public String get(String name) {
        return outer.get(name);
    }

    @Override
    public List<String> all(String name) {
        return outer.all(name);
    }

    @Override
    public String indexed(String name, int index) {
        return outer.indexed(name, index);
    }

    @Override
    public String indexed(String name, Map<String, Integer> instances) {
        return outer.indexed(name, instances);
    }

    @Override
    public int count(String name) {
        return outer.count(name);
    }

    @Override
    public int position() {
        return itemPosition == null ? outer.position() : itemPosition;
    }

    @Override
    public int position(int levels) {
        return outer.position(levels);
    }

    @Override
    public String choiceLabel(String question, String value) {
        return outer.choiceLabel(question, value);
    }

    @Override
    public String choiceColumn(String column) {
        return columns.apply(column);
    }

    @Override
    public LocalDateTime now() {
        return outer.now();
    }
}
