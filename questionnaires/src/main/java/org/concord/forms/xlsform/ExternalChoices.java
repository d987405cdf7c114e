package org.concord.forms.xlsform;

import java.util.List;
import java.util.Map;
import org.concord.common.Problem;
import org.concord.forms.ChoiceList;
import org.concord.forms.Language;

/** The {@code external_choices} sheet (lists of select_one_external) and the {@code entities} sheet (ignored). */
final class ExternalChoices {
    private ExternalChoices() {
    }

    /** The lists of the external_choices sheet; a list also on the choices sheet is a problem. */
    static Map<String, ChoiceList> read(SheetSet sheets, Language unsuffixed, Map<String, ChoiceList> choices,
                                        List<Problem> problems, List<Problem> warnings) {
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
        Map<String, ChoiceList> lists = new ChoicesReader(cols, problems).read();
        lists.forEach((name, list) -> {
            if (choices.containsKey(name)) {
                problems.add(sheet.problem(list.choices().get(0).row(), cols.header("list_name"), "list " + name
                        + " is on both the choices and the external_choices sheet; keep it on one"));
            }
        });
        return lists;
    }
}
