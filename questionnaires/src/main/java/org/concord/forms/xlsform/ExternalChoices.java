package org.concord.forms.xlsform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.common.Problem;
import org.concord.forms.ChoiceList;
import org.concord.forms.Language;
import org.concord.forms.Question;

/** The {@code external_choices} sheet (lists of select_one_external) and the {@code entities} sheet (ignored). */
final class ExternalChoices {
    private ExternalChoices() {
    }

    /**
     * The lists of the external_choices sheet. A list on both sheets is read as pyxform reads it: select_one_external
     * takes the external_choices sheet's list, the other selects the choices sheet's. Concord keeps one list per name,
     * so the copy no question reads is left out with a warning, and a list read from both sheets is a problem (its
     * name is added to {@code readTwice}, so that its selects get no second message).
     */
    static Map<String, ChoiceList> read(SheetSet sheets, Language unsuffixed, Map<String, ChoiceList> choices,
                                        SurveyReader survey, Set<String> readTwice, List<Problem> problems,
                                        List<Problem> warnings) {
        Sheet entities = sheets.extra().get("entities");
        if (entities != null && !entities.rows().isEmpty()) {
            warnings.add(entities.problem(2, null, "sheet entities is ignored: entities are an ODK Central "
                    + "feature; answers are kept in the study file but saved to no entity list"));
        }
        Sheet sheet = sheets.extra().get("external_choices");
        if (sheet == null || sheet.header().isEmpty()) {
            return Map.of();
        }
        SheetColumns cols = new SheetColumns(sheet, ColumnCatalogue.Kind.EXTERNAL_CHOICES, problems);
        cols.setDefaultLanguage(unsuffixed, problems);
        cols.checkIgnored(warnings);
        // pyxform does not check the names of external choices (ODK filters them with the choice_filter), so a name
        // may repeat within a list, as with allow_choice_duplicates.
        Map<String, ChoiceList> lists = new LinkedHashMap<>(new ChoicesReader(cols, problems, true, null).read());
        Map<String, Integer> externalRow = new LinkedHashMap<>();
        Map<String, Integer> plainRow = new LinkedHashMap<>();
        for (SurveyReader.Entry e : survey.entries) {
            if (e.node() instanceof Question q && q.listName() != null) {
                (survey.externalRows.contains(e.row()) ? externalRow : plainRow).putIfAbsent(q.listName(), e.row());
            }
        }
        for (String name : List.copyOf(lists.keySet())) {
            if (!choices.containsKey(name)) {
                continue;
            }
            int row = lists.get(name).choices().get(0).row();
            String header = cols.header("list_name");
            if (externalRow.containsKey(name) && plainRow.containsKey(name)) {
                problems.add(sheet.problem(row, header, "list " + name + " is on both the choices and the "
                        + "external_choices sheet, and both are read: select_one_external in survey row "
                        + externalRow.get(name) + " reads this sheet's, the select in survey row " + plainRow.get(name)
                        + " the choices sheet's; Concord keeps one list per name: rename one of them"));
                readTwice.add(name);
            } else if (externalRow.containsKey(name)) {
                choices.remove(name);
                warnings.add(sheet.problem(row, header, "list " + name + " is also on the choices sheet, where no "
                        + "question reads it: select_one_external in survey row " + externalRow.get(name)
                        + " reads this sheet's list, so the choices sheet's copy is not used"));
            } else {
                lists.remove(name);
                warnings.add(sheet.problem(row, header, "list " + name + " is also on the choices sheet; only "
                        + "select_one_external reads the external_choices sheet, so this copy is not used"
                        + (plainRow.containsKey(name) ? " (the select in survey row " + plainRow.get(name)
                        + " reads the choices sheet's)" : "")));
            }
        }
        return lists;
    }
}
