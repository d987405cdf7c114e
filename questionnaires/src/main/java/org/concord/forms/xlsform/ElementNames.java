package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of the survey's questions, groups and repeats with the groups around each, as pyxform rules them: a name
 * is unique among its siblings (case-insensitively only a warning) and a repeat's name in the whole form, but one name
 * may be used in different groups. Such an element is stored under its path key, the names of the groups and repeats
 * around it and its own joined by {@code /} ({@code father/age}, as KoboToolbox heads its export columns); a
 * {@code ${age}} reference to it is ambiguous. {@code /} cannot occur in an XLSForm name, so a path key never clashes
 * with a plain name.
 */
final class ElementNames {
    /**
     * One element with a name.
     *
     * @param row  its survey row
     * @param path the names of the groups and repeats around it, outermost first
     * @param kind question, group or repeat
     */
    record Place(int row, List<String> path, String kind) {
        Place {
            path = List.copyOf(path);
        }

        String key(String name) {
            return path.isEmpty() ? name : String.join("/", path) + "/" + name;
        }

        /** Where it is, for messages: {@code group father (row 4)} or {@code the top level (row 2)}. */
        String where() {
            return (path.isEmpty() ? "the top level" : "group " + String.join("/", path)) + " (row " + row + ")";
        }
    }

    /** Every name to the elements that have it, in sheet order. */
    private final Map<String, List<Place>> places = new LinkedHashMap<>();
    /** The row of each name within one group: path and name joined by {@code /}. */
    private final Map<String, Integer> siblings = new HashMap<>();
    /** The same in lower case, to the name first written. */
    private final Map<String, String> siblingsLower = new HashMap<>();
    private final Map<String, Integer> repeats = new HashMap<>();

    /** A message about a name at a row: the row of the element it clashes with (0 for a warning), or where warned. */
    record Clash(int row, String message) {
    }

    /**
     * Records an element; returns the clash that refuses it (a sibling or a repeat of the same name) or null. A sibling
     * whose name differs only in case is returned with row 0 and a warning's text.
     */
    Clash add(String name, int row, List<String> path, String kind) {
        Place place = new Place(row, path, kind);
        String key = place.key(name);
        Integer sibling = siblings.putIfAbsent(key, row);
        if (sibling != null) {
            String within = path.isEmpty() ? "" : " in group " + String.join("/", path);
            return new Clash(sibling, "duplicate name " + name + within + " (already used in row " + sibling
                    + "); give each question and group " + (path.isEmpty() ? "" : "in the same group ") + "its own "
                    + "name");
        }
        if (kind.equals("repeat")) {
            Integer first = repeats.putIfAbsent(name, row);
            if (first != null && first != row) { // one row: a repeat in a loop, copied for each choice
                return new Clash(first, "duplicate repeat name " + name + " (already used in row " + first + "); a "
                        + "repeat's name must be unique in the whole form (pyxform's rule), as its answers are "
                        + "counted by it");
            }
        }
        places.computeIfAbsent(name, n -> new ArrayList<>()).add(place);
        String lower = key.toLowerCase(Locale.ROOT);
        String before = siblingsLower.putIfAbsent(lower, name);
        if (before != null && !before.equals(name)) {
            return new Clash(0, "names " + before + " and " + name + " in the same group differ only in case; "
                    + "statistics packages that ignore case (SPSS) export them as two variables with different "
                    + "names: rename one of them");
        }
        return null;
    }

    /** True when more than one element has this name: each is stored under its path key. */
    boolean repeated(String name) {
        List<Place> p = places.get(name);
        return p != null && p.size() > 1;
    }

    /** The key of the element with this name inside these groups (outermost first). */
    String key(String name, List<String> path) {
        return repeated(name) ? new Place(0, path, "").key(name) : name;
    }

    /** The message for a {@code ${name}} reference to a repeated name, or null when the name is not repeated. */
    String ambiguity(String name) {
        if (!repeated(name)) {
            return null;
        }
        List<Place> p = places.get(name);
        boolean questions = p.stream().allMatch(x -> x.kind().equals("question"));
        boolean inGroups = p.stream().noneMatch(x -> x.path().isEmpty());
        List<String> where = p.stream().map(x -> inGroups ? String.join("/", x.path()) + " (row " + x.row() + ")"
                : x.where()).toList();
        return "${" + name + "} is ambiguous: " + (questions ? "questions" : "elements") + " named " + name + " in "
                + (inGroups ? "groups " : "") + joined(where) + "; rename one of them";
    }

    /** One warning per repeated name, at the row of its first element: where its answers are stored. */
    List<Clash> storedAs() {
        List<Clash> out = new ArrayList<>();
        places.forEach((name, p) -> {
            if (p.size() > 1) {
                List<String> rows = p.stream().map(x -> String.valueOf(x.row())).distinct().toList();
                out.add(new Clash(p.get(0).row(), name + " names " + p.size() + " elements in different groups ("
                        + (rows.size() == 1 ? "row " : "rows ") + joined(rows) + "); Concord stores their "
                        + "answers as " + joined(p.stream().map(x -> x.key(name)).toList())
                        + ", and a ${" + name + "} reference would be ambiguous"));
            }
        });
        return out;
    }

    private static String joined(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
