package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.common.Problem;
import org.concord.forms.Language;

/**
 * The languages of a form as pyxform finds them: every language suffix of a translatable column that holds text,
 * plus the language of unsuffixed columns (the settings' {@code default_language}, else the unnamed default).
 *
 * @param unsuffixed the language that unsuffixed translatable columns belong to
 * @param languages  the form's languages, the default first
 */
record Languages(Language unsuffixed, List<Language> languages) {
    /** Resolves the languages; a {@code default_language} that no column has text in is a warning. */
    static Languages resolve(String wanted, Map<String, Language> declared, boolean unsuffixedText,
                             SheetColumns settings, List<Problem> warnings) {
        Language unsuffixed = new Language(Language.DEFAULT_CODE, "default");
        Language first = null;
        if (wanted != null && !wanted.isBlank()) {
            Language named = SheetColumns.language(wanted);
            for (Language l : declared.values()) {
                if (matches(l, wanted)) {
                    named = l;
                }
            }
            unsuffixed = named;
            if (declared.containsKey(named.code()) || unsuffixedText) {
                first = named;
            } else {
                List<String> names = declared.values().stream().map(FormRules::display).toList();
                warnings.add(settings.sheet().problem(2, settings.header("default_language"), "default_language "
                        + wanted + " is not a language of the form (no label or hint is in it)"
                        + (names.isEmpty() ? "" : "; the kiosk starts in " + names.get(0) + "; use one of: "
                        + String.join(", ", names))));
            }
        } else if (unsuffixedText) {
            first = unsuffixed;
        }
        List<Language> out = new ArrayList<>();
        if (first != null) {
            out.add(first);
        }
        for (Language l : declared.values()) {
            if (!out.contains(l)) {
                out.add(l);
            }
        }
        return new Languages(unsuffixed, out);
    }

    private static boolean matches(Language l, String wanted) {
        String w = wanted.strip();
        return w.equalsIgnoreCase(l.code()) || w.equalsIgnoreCase(l.name()) || w.equalsIgnoreCase(l.headerName());
    }
}
