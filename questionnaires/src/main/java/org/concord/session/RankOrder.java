package org.concord.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Choice;

/**
 * The order of a {@code rank} question's choices. As in ODK, a rank's answer is every choice name from the first ranked
 * to the last, space separated, and a rank the participant has not touched has no answer: until then the choices are
 * shown in the list's order (or the participant's drawn order for {@code randomize=true}).
 */
final class RankOrder {
    private RankOrder() {
    }

    /**
     * The choices let through now, ranked ones first in the stored order, then any not in the stored ranking in the
     * order shown; names in the ranking that are not among the choices are left out.
     */
    static List<Choice> of(List<Choice> shown, List<String> ranked) {
        Map<String, Choice> byName = new LinkedHashMap<>();
        shown.forEach(c -> byName.putIfAbsent(c.name(), c));
        List<Choice> out = new ArrayList<>(shown.size());
        for (String name : ranked) {
            Choice c = byName.remove(name);
            if (c != null) {
                out.add(c);
            }
        }
        out.addAll(byName.values());
        return out;
    }

    /** True when a stored ranking leaves out a choice that is let through now (a choice_filter let it in). */
    static boolean missesAny(List<String> allowed, List<String> ranked) {
        return !ranked.containsAll(allowed);
    }
}
