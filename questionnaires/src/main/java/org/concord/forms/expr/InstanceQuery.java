package org.concord.forms.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A path into a secondary instance, {@code instance('NAME')/root/item[PREDICATE]/COLUMN}, or a
 * {@code pulldata('NAME', 'COLUMN', 'KEY', value)} (the same path with the predicate {@code KEY = value}). As a value
 * it is the column of the first matching item (empty when none matches); {@code count()}, {@code sum()},
 * {@code max()} and {@code min()} see every matching item. In the predicate a bare name is a column of the item and
 * {@code position()} the item's 1-based position; a number alone picks that position.
 *
 * @param instances the form's instances, read when evaluated
 * @param name      the instance name
 * @param predicate the predicate, or null for every item
 * @param column    the column read, or null for the items themselves (only counted)
 */
record InstanceQuery(SecondaryInstances instances, String name, Term predicate, String column) {

    /** The value: the column of the first matching item, or the empty string. */
    Object eval(Answers answers, String self) {
        InstanceTable table = instances.get(name);
        if (table == null) {
            return "";
        }
        List<Integer> rows = matches(table, answers, self, true);
        return rows.isEmpty() || column == null ? "" : table.value(rows.get(0), column);
    }

    /** One value per matching item: its column (or the empty string when the path ends at the item). */
    List<String> values(Answers answers, String self) {
        InstanceTable table = instances.get(name);
        if (table == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int r : matches(table, answers, self, false)) {
            out.add(column == null ? "" : table.value(r, column));
        }
        return out;
    }

    private List<Integer> matches(InstanceTable table, Answers answers, String self, boolean firstOnly) {
        if (predicate == null) {
            return range(0, table.size(), firstOnly);
        }
        if (predicate instanceof Term.Literal lit && lit.value() instanceof Double n) {
            int i = n.intValue();
            return n == i && i >= 1 && i <= table.size() ? List.of(i - 1) : List.of();
        }
        List<Integer> candidates = null;
        Term[] keyed = keyed(predicate);
        if (keyed != null) {
            String key = Values.toText(keyed[1].eval(answers, self));
            candidates = table.rowsWhere(((Term.ChoiceColumn) keyed[0]).column(), key);
            if (keyed[2] == null) {
                return firstOnly && candidates.size() > 1 ? candidates.subList(0, 1) : candidates;
            }
        }
        List<Integer> out = new ArrayList<>();
        Iterable<Integer> rows = candidates != null ? candidates : range(0, table.size(), false);
        for (int r : rows) {
            if (Values.toBoolean(predicate.eval(new ItemAnswers(answers, c -> table.value(r, c), r + 1), self))) {
                out.add(r);
                if (firstOnly) {
                    break;
                }
            }
        }
        return out;
    }

    private static List<Integer> range(int from, int to, boolean firstOnly) {
        int end = firstOnly ? Math.min(to, from + 1) : to;
        List<Integer> out = new ArrayList<>(Math.max(0, end - from));
        for (int i = from; i < end; i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * An equality of an item column with a value that does not depend on the item, alone or as the first operand of
     * an {@code and}: {column, value, rest-or-null} (the rest is checked on the indexed items), else null.
     */
    private static Term[] keyed(Term t) {
        if (t instanceof Term.Binary b && b.operator().equals("=")) {
            if (b.left() instanceof Term.ChoiceColumn c && itemFree(b.right())) {
                return new Term[] {c, b.right(), null};
            }
            if (b.right() instanceof Term.ChoiceColumn c && itemFree(b.left())) {
                return new Term[] {c, b.left(), null};
            }
        }
        if (t instanceof Term.Binary b && b.operator().equals("and")) {
            Term[] left = keyed(b.left());
            if (left != null) {
                return new Term[] {left[0], left[1], b.right()};
            }
        }
        return null;
    }

    private static boolean itemFree(Term t) {
        Set<String> columns = new java.util.HashSet<>();
        Term.ChoiceColumn.collect(t, columns);
        return columns.isEmpty() && !mentionsPosition(t);
    }

    private static boolean mentionsPosition(Term t) {
        if (t instanceof Term.Call c) {
            return c.function() == Function.POSITION || c.args().stream().anyMatch(InstanceQuery::mentionsPosition);
        }
        if (t instanceof Term.Binary b) {
            return mentionsPosition(b.left()) || mentionsPosition(b.right());
        }
        return t instanceof Term.Negate n && mentionsPosition(n.operand());
    }

    /** The columns each instance is asked for in a tree, by instance name. */
    static void collectColumns(Term t, java.util.Map<String, Set<String>> out) {
        if (t instanceof Term.Instance i) {
            Set<String> columns = out.computeIfAbsent(i.query().name(), k -> new java.util.LinkedHashSet<>());
            if (i.query().column() != null) {
                columns.add(i.query().column());
            }
            if (i.query().predicate() != null) {
                Term.ChoiceColumn.collect(i.query().predicate(), columns);
            }
        } else if (t instanceof Term.Binary b) {
            collectColumns(b.left(), out);
            collectColumns(b.right(), out);
        } else if (t instanceof Term.Negate n) {
            collectColumns(n.operand(), out);
        } else if (t instanceof Term.Call c) {
            c.args().forEach(a -> collectColumns(a, out));
        }
    }
}
