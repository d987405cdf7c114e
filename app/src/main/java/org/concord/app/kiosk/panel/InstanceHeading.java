package org.concord.app.kiosk.panel;

import java.util.function.Function;
import org.concord.app.base.Texts;
import org.concord.forms.LocalizedText;
import org.concord.session.Page;

/** Which repeat instance a page shows, from the kiosk's bundles in English and Welsh. */
public final class InstanceHeading {
    private InstanceHeading() {
    }

    /**
     * The heading of a page: "Child 2 of 3" in a repeat with a fixed number of instances, "Child 2" in an add-another
     * repeat, else the page's own label.
     */
    public static String of(Page page, String label, Texts text) {
        return of(page, label, "", text);
    }

    /**
     * As {@link #of(Page, String, Texts)}, with the label of the group a repeat is in ahead of it: "Household: Member
     * 2 of 3", and on the add-another page "Household: Member".
     */
    public static String of(Page page, String label, String groupLabel, Texts text) {
        Page.Instance at = page.instance();
        if (at == null) {
            return label;
        }
        String name = label.isBlank() ? at.repeat() : label;
        String heading = at.asksToAddAnother() ? label
                : at.count() > 0 ? text.get("kiosk.repeat.instance.of", name, at.index(), at.count())
                : text.get("kiosk.repeat.instance", name, at.index());
        return groupLabel.isBlank() ? heading : text.get("kiosk.repeat.in.group", groupLabel, heading);
    }

    /**
     * What goes ahead of an instance's heading: the label of the group the repeat is in and, for a repeat inside
     * another, the outer instance ("Household 2", so that the page reads "Household 2: Person 1 of 3"); blank for a
     * page outside repeats. {@code inLanguage} gives a form text in the participant's language.
     */
    public static String around(Page page, Function<LocalizedText, String> inLanguage, Texts text) {
        return page.instance() == null ? "" : around(page.instance(), inLanguage, text);
    }

    private static String around(Page.Instance at, Function<LocalizedText, String> inLanguage, Texts text) {
        String group = inLanguage.apply(at.groupLabel());
        Page.Instance outer = at.outer();
        if (outer == null) {
            return group;
        }
        String label = inLanguage.apply(outer.label());
        String name = text.get("kiosk.repeat.instance", label.isBlank() ? outer.repeat() : label, outer.index());
        String prefix = around(outer, inLanguage, text);
        String head = prefix.isBlank() ? name : text.get("kiosk.repeat.in.group", prefix, name);
        return group.isBlank() ? head : text.get("kiosk.repeat.in.group", head, group);
    }

    /**
     * An instance of a repeat around the page, named as its pages would head it: "Household 2", or "Area 1: Household
     * 2" inside another repeat.
     */
    public static String place(Page.Instance at, Function<LocalizedText, String> inLanguage, Texts text) {
        String label = inLanguage.apply(at.label());
        String name = text.get("kiosk.repeat.instance", label.isBlank() ? at.repeat() : label, at.index());
        String outer = outerPlace(at, inLanguage, text);
        return outer.isBlank() ? name : text.get("kiosk.repeat.in.group", outer, name);
    }

    /**
     * Which instance a question of a repeat is in, for lists outside the page: "Person 2", and "Household 1: Person 2"
     * in a repeat inside another.
     */
    public static String place(Page page, Function<LocalizedText, String> inLanguage, Texts text) {
        Page.Instance at = page.instance();
        return of(page, inLanguage.apply(page.label()), at == null ? "" : outerPlace(at, inLanguage, text), text);
    }

    /** The instances around {@code at} ("Household 1"), without the group labels; blank outside other repeats. */
    private static String outerPlace(Page.Instance at, Function<LocalizedText, String> inLanguage, Texts text) {
        return at.outer() == null ? "" : around(new Page.Instance(at.repeat(), at.label(), at.index(), at.count(),
                at.asksToAddAnother(), LocalizedText.EMPTY, at.outer()), inLanguage, text);
    }
}
