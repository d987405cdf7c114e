package org.concord.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concord.forms.Form;
import org.concord.forms.Group;
import org.concord.forms.LocalizedText;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.Repeat;
import org.concord.forms.expr.Expression;

/**
 * The pages of a form for one participant: top-level groups become pages, randomised groups are shuffled with the
 * participant's seed, and every element knows the relevance conditions of the groups around it. A group that holds a
 * repeat is split around it: its other elements make pages of their own and the repeat's instances follow in between.
 * An instance of a repeat that holds another repeat is split the same way: its own elements make the instance's pages
 * and the inner repeat's instances follow in between.
 */
final class PageLayout {
    private final Form form;
    /** The pages outside repeats; a repeat's pages depend on its number of instances (see {@link #slots}). */
    final List<Page> pages;
    /** In form order: each {@link Page} outside repeats and each {@link Repeat} (children arranged) in its place. */
    final List<Object> slots = new ArrayList<>();
    /** Question name to the repeat it is asked in, for questions inside a repeat. */
    final Map<String, Repeat> repeatOfQuestion = new LinkedHashMap<>();
    /** Repeats by name. */
    final Map<String, Repeat> repeats = new LinkedHashMap<>();
    /** Group name to the order its children were shown in, for every randomised group. */
    final Map<String, List<String>> randomizedOrders = new LinkedHashMap<>();
    /** Element to the {@code relevant} expressions of its enclosing groups, outermost first. */
    final Map<Node, List<Expression>> enclosing = new IdentityHashMap<>();
    /** Repeat name to the groups around it, for a repeat inside a group. */
    private final Map<String, Around> groupsAround = new LinkedHashMap<>();
    /** Repeat name to what one of its instances shows, in order: {@link Run}s of elements and inner repeats. */
    final Map<String, List<Object>> parts = new LinkedHashMap<>();
    /** Repeat name to the repeat it is inside, for a repeat inside another. */
    private final Map<String, Repeat> outerOf = new LinkedHashMap<>();

    PageLayout(Form form, long seed) {
        this.form = form;
        List<Page> out = new ArrayList<>();
        List<Node> loose = new ArrayList<>();
        for (Node node : form.body()) {
            if (node instanceof Group group && holdsRepeat(group)) {
                flushLoose(loose, out);
                split(group, seed, List.of(), LocalizedText.EMPTY, out);
            } else if (node instanceof Group group) {
                flushLoose(loose, out);
                Group shown = arrange(group, seed, List.of());
                out.add(new Page(group.name(), group.label(), shown.children()));
                slots.add(out.get(out.size() - 1));
            } else if (node instanceof Repeat repeat) {
                flushLoose(loose, out);
                addRepeat(repeat, seed, List.of(), LocalizedText.EMPTY, null);
            } else {
                loose.add(node);
                enclosing.put(node, List.of());
            }
        }
        flushLoose(loose, out);
        this.pages = List.copyOf(out);
    }

    private static boolean holdsRepeat(Group group) {
        return group.children().stream().anyMatch(c -> c instanceof Repeat || c instanceof Group g && holdsRepeat(g));
    }

    /**
     * A group with a repeat inside: the elements before, between and after its repeats become pages of their own with
     * the group's label (the first named after the group, the others after their first element), and each repeat
     * takes its place with the group's relevance and label.
     */
    private void split(Group group, long seed, List<Expression> outer, LocalizedText outerLabel, List<Page> out) {
        List<Expression> conditions = new ArrayList<>(outer);
        if (group.relevant() != null) {
            conditions.add(group.relevant());
        }
        List<Expression> inside = List.copyOf(conditions);
        LocalizedText label = group.label().isBlank() ? outerLabel : group.label();
        List<Node> run = new ArrayList<>();
        for (Node child : group.children()) {
            if (child instanceof Repeat || child instanceof Group g && holdsRepeat(g)) {
                flushRun(group, run, inside, label, seed, out);
                if (child instanceof Repeat repeat) {
                    addRepeat(repeat, seed, inside, label, null);
                } else {
                    split((Group) child, seed, inside, label, out);
                }
            } else {
                run.add(child);
            }
        }
        flushRun(group, run, inside, label, seed, out);
    }

    private void flushRun(Group group, List<Node> run, List<Expression> conditions, LocalizedText label, long seed,
                          List<Page> out) {
        if (run.isEmpty()) {
            return;
        }
        boolean first = group.children().get(0) == run.get(0);
        Group shown = arrange(new Group(group.name(), label, null, group.appearance(), false, run, group.row()), seed,
                conditions);
        out.add(new Page(first ? group.name() : run.get(0).name(), label, shown.children()));
        slots.add(out.get(out.size() - 1));
        run.clear();
    }

    /**
     * A repeat's slot, inside groups with these relevance conditions (outermost first) and nearest label; a repeat
     * inside another is not a slot of its own but a part of the outer one's instances.
     */
    private Repeat addRepeat(Repeat repeat, long seed, List<Expression> groups, LocalizedText groupLabel,
                             Repeat outerRepeat) {
        List<Expression> outer = new ArrayList<>(groups);
        if (repeat.relevant() != null) {
            outer.add(repeat.relevant());
        }
        List<Object> instanceParts = new ArrayList<>();
        List<Node> shown = new ArrayList<>();
        if (outerRepeat != null) {
            outerOf.put(repeat.name(), outerRepeat);
        }
        inside(repeat, null, repeat.children(), seed, List.copyOf(outer), LocalizedText.EMPTY, instanceParts, shown);
        Repeat arranged = new Repeat(repeat.name(), repeat.label(), repeat.relevant(), repeat.repeatCount(), shown,
                repeat.row());
        if (outerRepeat == null) {
            slots.add(arranged);
        }
        repeats.put(repeat.name(), arranged);
        parts.put(repeat.name(), List.copyOf(instanceParts));
        groupsAround.put(repeat.name(), new Around(List.copyOf(groups), groupLabel));
        questionsOf(shown).forEach(q -> repeatOfQuestion.put(q.name(), arranged));
        return arranged;
    }

    /**
     * The elements of a repeat's instance: runs of elements become {@link Run}s (the first named after the repeat, one
     * that starts a split group after the group, the others after their first element), a repeat inside is laid out
     * as a part of its own, and a group that holds one ({@code group}, null for the repeat's own children) is split
     * around it. {@code shown} gets the arranged elements and inner repeats in order.
     */
    private void inside(Repeat repeat, Group group, List<Node> children, long seed, List<Expression> conditions,
                        LocalizedText label, List<Object> out, List<Node> shown) {
        List<Node> run = new ArrayList<>();
        for (Node child : children) {
            if (child instanceof Repeat || child instanceof Group g && holdsRepeat(g)) {
                flushInstanceRun(repeat, runName(repeat, group, children, run, out), run, conditions, seed, out,
                        shown);
                if (child instanceof Repeat inner) {
                    Repeat arranged = addRepeat(inner, seed, conditions, label, repeat);
                    out.add(arranged);
                    shown.add(arranged);
                } else {
                    Group split = (Group) child;
                    List<Expression> within = new ArrayList<>(conditions);
                    if (split.relevant() != null) {
                        within.add(split.relevant());
                    }
                    inside(repeat, split, split.children(), seed, List.copyOf(within),
                            split.label().isBlank() ? label : split.label(), out, shown);
                }
            } else {
                run.add(child);
            }
        }
        flushInstanceRun(repeat, runName(repeat, group, children, run, out), run, conditions, seed, out, shown);
    }

    private static String runName(Repeat repeat, Group group, List<Node> children, List<Node> run, List<Object> out) {
        if (run.isEmpty() || out.stream().noneMatch(Run.class::isInstance)) {
            return repeat.name();
        }
        return group != null && run.get(0) == children.get(0) ? group.name() : run.get(0).name();
    }

    private void flushInstanceRun(Repeat repeat, String name, List<Node> run, List<Expression> conditions, long seed,
                                  List<Object> out, List<Node> shown) {
        if (run.isEmpty()) {
            return;
        }
        Group arranged = arrange(new Group(repeat.name(), repeat.label(), null, "", false, run, repeat.row()), seed,
                conditions);
        out.add(new Run(name, arranged.children()));
        shown.addAll(arranged.children());
        run.clear();
    }

    /**
     * Elements of a repeat instance shown on one page.
     *
     * @param name  the page name without instance ({@code household} for the first run of {@code household},
     *              {@code household[2]} as a page); later runs are named after their first element
     * @param nodes the arranged elements, to be copied per instance
     */
    record Run(String name, List<Node> nodes) {
        Run {
            nodes = List.copyOf(nodes);
        }
    }

    /** The repeat a repeat is inside, or null. */
    Repeat outerOf(Repeat repeat) {
        return outerOf.get(repeat.name());
    }

    /** A repeat and the repeats around it, outermost first (the repeat itself last). */
    List<Repeat> chain(Repeat repeat) {
        List<Repeat> out = new ArrayList<>();
        for (Repeat r = repeat; r != null; r = outerOf.get(r.name())) {
            out.add(0, r);
        }
        return out;
    }

    /**
     * What the groups around a repeat give its instances and add-another page.
     *
     * @param conditions the {@code relevant} expressions of the enclosing groups, outermost first
     * @param label      the nearest non-blank label of the enclosing groups, or {@link LocalizedText#EMPTY}
     */
    record Around(List<Expression> conditions, LocalizedText label) {
        /** The conditions of the groups and then the repeat's own relevance. */
        List<Expression> with(Repeat repeat) {
            if (repeat.relevant() == null) {
                return conditions;
            }
            List<Expression> all = new ArrayList<>(conditions);
            all.add(repeat.relevant());
            return List.copyOf(all);
        }
    }

    /** The groups around a repeat (none for a repeat at the top level). */
    Around around(Repeat repeat) {
        return groupsAround.getOrDefault(repeat.name(), new Around(List.of(), LocalizedText.EMPTY));
    }

    private void flushLoose(List<Node> loose, List<Page> out) {
        if (loose.isEmpty()) {
            return;
        }
        out.add(new Page(loose.get(0).name(), LocalizedText.EMPTY, loose));
        slots.add(out.get(out.size() - 1));
        loose.clear();
    }

    /** A copy of {@code group} with randomised children shuffled, recording every element's enclosing conditions. */
    Group arrange(Group group, long seed, List<Expression> outer) {
        List<Expression> conditions = new ArrayList<>(outer);
        if (group.relevant() != null) {
            conditions.add(group.relevant());
        }
        List<Expression> inside = List.copyOf(conditions);
        List<Node> children = new ArrayList<>();
        for (Node child : group.children()) {
            Node shown = child instanceof Group inner ? arrange(inner, seed, inside) : child;
            enclosing.put(shown, inside);
            children.add(shown);
        }
        if (group.randomize()) {
            // One generator per group, derived from the participant's seed and the group's name, so that the order of
            // one group does not depend on how many other randomised groups come before it.
            Collections.shuffle(children, new Random(seed ^ (group.name().hashCode() * 0x9E3779B97F4A7C15L)));
            randomizedOrders.put(group.name(), children.stream().map(Node::name).toList());
        }
        return new Group(group.name(), group.label(), group.relevant(), group.appearance(), group.randomize(),
                children, group.row());
    }

    /** The form's questions outside repeats, in sheet order. */
    List<Question> questionsOutsideRepeats() {
        return form.questions().stream().filter(q -> !repeatOfQuestion.containsKey(q.name())).toList();
    }

    /** Every question in display order, groups flattened. */
    List<Question> questionsOf(List<Node> content) {
        List<Question> out = new ArrayList<>();
        collect(content, out);
        return out;
    }

    private static void collect(List<Node> nodes, List<Question> out) {
        for (Node node : nodes) {
            if (node instanceof Question q) {
                out.add(q);
            } else if (node instanceof Group g) {
                collect(g.children(), out);
            }
        }
    }
}
