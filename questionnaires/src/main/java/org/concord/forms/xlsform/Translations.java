package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.common.Problem;
import org.concord.forms.Language;
import org.concord.forms.LocalizedText;

/** Warns of texts that one language of a form has and another lacks (the kiosk shows the default's text there). */
final class Translations {
    private static final int ROWS_LISTED = 10;

    private Translations() {
    }

    /** One warning per column and language that lacks texts, listing the rows. */
    static void check(SheetColumns cols, List<Language> languages, List<Problem> warnings) {
        Language defaultLanguage = languages.get(0);
        List<List<String>> rows = cols.sheet().rows();
        for (String base : List.of("label", "hint", "constraint_message", "required_message")) {
            if (!cols.has(base)) {
                continue;
            }
            Map<Language, List<Integer>> missing = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                LocalizedText text = cols.text(rows.get(i), base);
                if (text.isBlank()) {
                    continue;
                }
                for (Language l : languages) {
                    if (text.exactly(l.code()) == null) {
                        missing.computeIfAbsent(l, k -> new ArrayList<>()).add(Sheet.rowNumber(i));
                    }
                }
            }
            missing.forEach((language, rowNumbers) -> {
                String fallback = language.equals(defaultLanguage) ? "another language's"
                        : FormRules.display(defaultLanguage) + "'s";
                List<String> listed = rowNumbers.stream().limit(ROWS_LISTED).map(String::valueOf).toList();
                String rowsText = rowNumbers.size() == 1 ? "" : " in " + rowNumbers.size() + " rows ("
                        + String.join(", ", listed) + (rowNumbers.size() > ROWS_LISTED ? ", ..." : "") + ")";
                warnings.add(cols.sheet().problem(rowNumbers.get(0), cols.header(base, language), base + " in "
                        + FormRules.display(language) + " is missing" + rowsText + "; the kiosk shows " + fallback
                        + " text there"));
            });
        }
    }
}
