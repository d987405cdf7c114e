package org.concord.session;

import java.util.List;
import org.concord.forms.LocalizedText;
import org.concord.forms.Node;

/**
 * One page of the participant runner. Each top-level group is a page; a run of consecutive top-level questions outside
 * any group is collected into one page, named after its first question (so a form without groups is a single page).
 * Each instance of a repeat is a page named {@code repeat[i]}, and an "add another" repeat ends with the page
 * {@code repeat#add} that asks whether to add one more.
 *
 * @param name     the group name, or the first question's name for a collected page; stored as {@code lastPage}
 * @param label    the group label, or {@link LocalizedText#EMPTY} for a collected page
 * @param content  the elements in display order: questions and nested groups, with randomised groups already shuffled
 * @param instance where the page is in a repeat, or null outside repeats
 */
public record Page(String name, LocalizedText label, List<Node> content, Instance instance) {
    public Page {
        content = List.copyOf(content);
    }

    /** A page outside any repeat. */
    public Page(String name, LocalizedText label, List<Node> content) {
        this(name, label, content, null);
    }

    /**
     * A page's place in a repeat.
     *
     * @param repeat the repeat's name
     * @param label  the repeat's label
     * @param index  the 1-based instance shown (on the add-another page: the last instance)
     * @param count  the number of instances when the form fixes it ({@code repeat_count}), or 0 for "add another"
     * @param asksToAddAnother true on the page that asks whether to add another instance
     * @param groupLabel the label of the group the repeat is in (the nearest with one, inside the repeat around it
     *                   if any), or {@link LocalizedText#EMPTY} for a repeat outside groups
     * @param outer  the instance of the repeat this repeat is inside (its add-another page too), or null for a repeat
     *               that is not inside another
     */
    public record Instance(String repeat, LocalizedText label, int index, int count, boolean asksToAddAnother,
                           LocalizedText groupLabel, Instance outer) {
        /** A page's place in a repeat that is not inside another. */
        public Instance(String repeat, LocalizedText label, int index, int count, boolean asksToAddAnother,
                        LocalizedText groupLabel) {
            this(repeat, label, index, count, asksToAddAnother, groupLabel, null);
        }

        /** A page's place in a repeat outside groups. */
        public Instance(String repeat, LocalizedText label, int index, int count, boolean asksToAddAnother) {
            this(repeat, label, index, count, asksToAddAnother, LocalizedText.EMPTY);
        }

        /** The instances of the repeats around this one, outermost first ({@code [2]} for person 1 of household 2). */
        public java.util.List<Integer> outerIndices() {
            java.util.List<Integer> out = new java.util.ArrayList<>();
            for (Instance at = outer; at != null; at = at.outer) {
                out.add(0, at.index);
            }
            return out;
        }

        /** True when this place is instance {@code indices} of {@code repeatName} or inside it. */
        public boolean within(String repeatName, java.util.List<Integer> indices) {
            for (Instance at = this; at != null; at = at.outer) {
                if (at.repeat.equals(repeatName) && !at.asksToAddAnother) {
                    java.util.List<Integer> all = at.outerIndices();
                    all.add(at.index);
                    return all.equals(indices);
                }
                if (at.repeat.equals(repeatName)) {
                    return false;
                }
            }
            return false;
        }
    }
}
