package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.common.Problem;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.LocalizedText;

/** Reads the choices sheet into named choice lists, reporting every problem of its rows. */
final class ChoicesReader {
    private final SheetColumns cols;
    private final List<Problem> problems;
    private final boolean allowDuplicates;
    /** Where an empty choice label is reported as a warning, or null to refuse it as a problem. */
    private final List<Problem> warnings;
    /** Lists with a problem in one of their choices: their other checks would only repeat it. */
    final java.util.Set<String> brokenLists = new java.util.HashSet<>();

    ChoicesReader(SheetColumns cols, List<Problem> problems) {
        this(cols, problems, false, null);
    }

    /**
     * With {@code allowDuplicates} (the setting allow_choice_duplicates), a name may repeat within a list. A choice
     * with an empty label is shown by its name with a line in {@code warnings}, as pyxform only warns about it (a
     * choice of images often has none); without a warnings list it is a problem.
     */
    ChoicesReader(SheetColumns cols, List<Problem> problems, boolean allowDuplicates, List<Problem> warnings) {
        this.cols = cols;
        this.problems = problems;
        this.allowDuplicates = allowDuplicates;
        this.warnings = warnings;
    }

    /** The choice lists by name, in sheet order. */
    Map<String, ChoiceList> read() {
        Sheet sheet = cols.sheet();
        boolean usable = true;
        for (String required : List.of("list_name", "name")) {
            if (!cols.has(required)) {
                problems.add(sheet.problem(1, null, "missing column " + required
                        + "; the choices sheet needs the columns list_name, name and label"));
                usable = false;
            }
        }
        boolean external = cols.kind() == ColumnCatalogue.Kind.EXTERNAL_CHOICES;
        // Without a warnings list a choice needs a label; with one, a sheet without a label column is as one whose
        // labels are all empty: each choice shows its name, with a warning (pyxform warns about each choice too).
        if (!cols.has("label") && !external && warnings == null) {
            problems.add(sheet.problem(1, null, "missing column label; add a label column, e.g. label or "
                    + "label::English (en)"));
        }
        if (!usable) {
            return Map.of();
        }
        Map<String, List<Choice>> lists = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            List<String> cells = sheet.rows().get(i);
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            int row = Sheet.rowNumber(i);
            String list = cols.get(cells, "list_name");
            String name = cols.get(cells, "name");
            if (list.isEmpty()) {
                problems.add(sheet.problem(row, cols.header("list_name"), "list_name is empty; give the choice the "
                        + "name of its list"));
                continue;
            }
            if (name.isEmpty()) {
                brokenLists.add(list);
                problems.add(sheet.problem(row, cols.header("name"), "name is empty; every choice needs a name "
                        + "(the value stored when it is chosen)"));
                continue;
            }
            // On the choices sheet the rule depends on the selects using the list (FormRules.checkChoiceNames).
            if (external && name.chars().anyMatch(Character::isWhitespace)) {
                problems.add(sheet.problem(row, cols.header("name"), "choice name \"" + name + "\" contains a "
                        + "space; answers hold choice names separated by spaces, so use _ instead"));
            }
            Integer first = seen.computeIfAbsent(list, k -> new HashMap<>()).putIfAbsent(name, row);
            if (first != null && !allowDuplicates) {
                brokenLists.add(list);
                problems.add(sheet.problem(row, cols.header("name"), "duplicate choice " + name + " in list " + list
                        + " (already in row " + first + "); give each choice of a list its own name, or set "
                        + "allow_choice_duplicates to yes on the settings sheet (a cascading select may repeat a name "
                        + "under different filters)"));
                continue;
            }
            LocalizedText label = cols.text(cells, "label");
            if (label.isBlank() && external) {
                label = LocalizedText.of(cols.defaultCode(), name); // pyxform: external choices need no label
            } else if (label.isBlank() && warnings != null) {
                label = LocalizedText.of(cols.defaultCode(), name);
                warnings.add(sheet.problem(row, cols.anyHeader("label"), (cols.has("label") ? "label is empty"
                        : "the sheet has no label column") + "; the choice shows its name " + name + " instead; add a "
                        + "label so that respondents read words rather than a code"));
            } else if (label.isBlank() && cols.has("label")) {
                problems.add(sheet.problem(row, cols.anyHeader("label"),
                        "label is empty; every choice needs a label"));
            }
            Map<String, String> other = new LinkedHashMap<>();
            cols.plainColumns().forEach((column, c) -> {
                if (!column.equals("list_name") && !column.equals("name") && !cells.get(c).isEmpty()) {
                    other.put(column, cells.get(c));
                }
            });
            lists.computeIfAbsent(list, k -> new ArrayList<>()).add(new Choice(name, label, other, row));
        }
        Map<String, ChoiceList> out = new LinkedHashMap<>();
        lists.forEach((name, choices) -> out.put(name, new ChoiceList(name, choices)));
        return out;
    }
}
