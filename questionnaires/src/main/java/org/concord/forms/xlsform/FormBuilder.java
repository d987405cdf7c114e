package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.FormSettings;
import org.concord.forms.FormSource;
import org.concord.forms.Language;
import org.concord.forms.Node;
import org.concord.forms.validation.XlsFormNames;

/** Builds the immutable {@link Form} from its sheets, or throws an InputException with every problem found. */
public final class FormBuilder {
    private FormBuilder() {
    }

    /** The form of these sheets; {@code source} is their canonical text. */
    public static Form build(SheetSet sheets, FormSource source) {
        List<Problem> problems = new ArrayList<>(sheets.problems());
        if (sheets.survey() == null) {
            throw new InputException(problems);
        }
        SheetColumns surveyCols = new SheetColumns(sheets.survey(), problems);
        SurveyReader survey = new SurveyReader(surveyCols, problems);
        List<Node> body = survey.read();
        SheetColumns choiceCols = sheets.choices() == null ? null : new SheetColumns(sheets.choices(), problems);
        ChoicesReader choicesReader = choiceCols == null ? null : new ChoicesReader(choiceCols, problems);
        Map<String, ChoiceList> lists = choicesReader == null ? Map.of() : choicesReader.read();

        Map<String, Language> declared = new LinkedHashMap<>(surveyCols.languages());
        if (choiceCols != null) {
            choiceCols.languages().forEach(declared::putIfAbsent);
        }
        FormSettings settings = settings(sheets.settings(), problems);
        Language defaultLanguage = defaultLanguage(settings, declared, sheets.settings(), problems);
        List<Language> languages = new ArrayList<>();
        if (defaultLanguage != null) {
            languages.add(defaultLanguage);
        }
        declared.values().stream().filter(l -> !l.equals(defaultLanguage)).forEach(languages::add);

        FormRules rules = new FormRules(surveyCols, choiceCols, survey, lists, problems);
        if (choicesReader != null) {
            rules.skipListChecks(choicesReader.brokenLists);
        }
        rules.checkLists(sheets.choices() == null);
        rules.checkValuesItems();
        rules.checkRole();
        rules.checkReferences();
        rules.checkTextReferences();
        if (defaultLanguage != null) {
            rules.checkTranslations(defaultLanguage, languages);
        }
        if (!problems.isEmpty()) {
            throw new InputException(sorted(problems, sheets));
        }
        return new Form(settings, languages, body, lists, source);
    }

    /** Problems by sheet (survey, choices, settings), row and column, otherwise in the order found. */
    private static List<Problem> sorted(List<Problem> problems, SheetSet sheets) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(FormBuilder::sheetOrder).thenComparingInt(Problem::row)
                .thenComparingInt(p -> columnOrder(p, sheets)));
        return out;
    }

    private static int columnOrder(Problem p, SheetSet sheets) {
        for (Sheet s : new Sheet[] {sheets.survey(), sheets.choices(), sheets.settings()}) {
            if (s != null && p.column() != null && java.util.Objects.equals(s.file(), p.file())
                    && java.util.Objects.equals(s.sheet(), p.sheet())) {
                int c = s.header().indexOf(p.column());
                return c < 0 ? Integer.MAX_VALUE : c;
            }
        }
        return -1;
    }

    private static int sheetOrder(Problem p) {
        String where = p.sheet() != null ? p.sheet() : p.file() == null ? "" : p.file();
        if (where.endsWith("survey") || where.endsWith("survey.csv")) {
            return 0;
        }
        if (where.endsWith("choices") || where.endsWith("choices.csv")) {
            return 1;
        }
        return where.endsWith("settings") || where.endsWith("settings.csv") ? 2 : -1;
    }

    private static FormSettings settings(Sheet sheet, List<Problem> problems) {
        SheetColumns cols = new SheetColumns(sheet, problems);
        cols.checkMisspelt(List.of("form_title", "form_id", "version", "default_language"), problems);
        List<String> row = sheet.rows().isEmpty() ? null : sheet.rows().get(0);
        String id = row == null ? "" : cols.get(row, "form_id");
        String title = row == null ? "" : cols.get(row, "form_title");
        String version = row == null ? "" : cols.get(row, "version");
        String language = row == null ? "" : cols.get(row, "default_language");
        if (id.isEmpty()) {
            problems.add(sheet.problem(2, "form_id", "form_id is empty; give the form an id such as "
                    + "values_agreement"));
        } else if (!XlsFormNames.isValid(id)) {
            problems.add(sheet.problem(2, cols.header("form_id"), "form_id \"" + id + "\" is not a valid XLSForm "
                    + "name; " + XlsFormNames.rule()));
        }
        return new FormSettings(title.isEmpty() ? id : title, id, version, language);
    }

    private static Language defaultLanguage(FormSettings settings, Map<String, Language> declared, Sheet sheet,
                                            List<Problem> problems) {
        String wanted = settings.defaultLanguage();
        if (wanted != null && !wanted.isEmpty()) {
            for (Language l : declared.values()) {
                if (wanted.equals(l.code()) || wanted.equals(l.name()) || wanted.equals(l.headerName())) {
                    return l;
                }
            }
            List<String> names = declared.values().stream().map(FormRules::display).toList();
            problems.add(sheet.problem(2, new SheetColumns(sheet, new ArrayList<>()).header("default_language"),
                    "default_language " + wanted + " is not a language of the form; use one of: "
                            + (names.isEmpty() ? "(none)" : String.join(", ", names))));
            return null;
        }
        return declared.isEmpty() ? null : declared.values().iterator().next();
    }
}
