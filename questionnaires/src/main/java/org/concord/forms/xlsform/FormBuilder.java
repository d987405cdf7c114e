package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.common.Problem;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.FormSettings;
import org.concord.forms.FormSource;
import org.concord.forms.InvalidFormException;
import org.concord.forms.Language;
import org.concord.forms.Node;
import org.concord.forms.expr.SecondaryInstances;

/** Builds the immutable {@link Form} from its sheets, or throws an InputException with every problem found. */
public final class FormBuilder {
    private FormBuilder() {
    }

    /** The form of these sheets; {@code source} is their canonical text. */
    public static Form build(SheetSet sheets, FormSource source) {
        List<Problem> problems = new ArrayList<>(sheets.problems());
        List<Problem> warnings = new ArrayList<>();
        if (sheets.survey() == null) {
            throw new InvalidFormException(problems, warnings);
        }
        SheetColumns settingCols = new SheetColumns(sheets.settings(), ColumnCatalogue.Kind.SETTINGS, problems);
        settingCols.checkUnused(problems, warnings);
        FormSettings settings = settings(settingCols, problems, warnings);
        SheetColumns surveyCols = new SheetColumns(sheets.survey(), ColumnCatalogue.Kind.SURVEY, problems);
        Sheet choiceSheet = sheets.choices();
        // A choices sheet with no header at all says nothing: it is the same as none.
        boolean hasChoices = choiceSheet != null && !choiceSheet.header().isEmpty();
        SheetColumns choiceCols = hasChoices
                ? new SheetColumns(choiceSheet, ColumnCatalogue.Kind.CHOICES, problems) : null;

        Map<String, Language> declared = new LinkedHashMap<>(surveyCols.languages());
        if (choiceCols != null) {
            choiceCols.languages().forEach(declared::putIfAbsent);
        }
        boolean unsuffixed = surveyCols.hasUnsuffixedText() || choiceCols != null && choiceCols.hasUnsuffixedText();
        Languages resolved = Languages.resolve(settings.defaultLanguage(), declared, unsuffixed, settingCols,
                warnings);
        surveyCols.setDefaultLanguage(resolved.unsuffixed(), problems);
        if (choiceCols != null) {
            choiceCols.setDefaultLanguage(resolved.unsuffixed(), problems);
        }
        List<Language> languages = resolved.languages();

        ChoicesReader choicesReader = choiceCols == null ? null : new ChoicesReader(choiceCols, problems,
                allowChoiceDuplicates(settingCols), warnings);
        Map<String, ChoiceList> lists = new LinkedHashMap<>(choicesReader == null ? Map.of() : choicesReader.read());
        SurveyReader survey = new SurveyReader(surveyCols, problems, warnings);
        SecondaryInstances instances = FileChoices.instances(sheets);
        survey.useInstances(instances);
        survey.loopLists = Map.copyOf(lists);
        List<Node> body = survey.read();
        if (choiceCols != null) {
            choiceCols.checkUnused(problems, warnings);
        }
        Set<String> readTwice = new HashSet<>();
        Map<String, ChoiceList> externalLists = ExternalChoices.read(sheets, resolved.unsuffixed(), lists, survey, readTwice, problems,
                warnings);
        lists.putAll(externalLists);
        lists.putAll(FileChoices.lists(sheets, survey, surveyCols, resolved.unsuffixed(), problems));
        FileChoices.addChoiceLists(instances, lists, languages.isEmpty() ? Language.DEFAULT_CODE
                : languages.get(0).code());

        FormRules rules = new FormRules(surveyCols, choiceCols, survey, lists, problems);
        if (choicesReader != null) {
            rules.skipListChecks(choicesReader.brokenLists);
        }
        rules.checkLists(!hasChoices, externalLists.keySet(), readTwice);
        rules.checkChoiceNames(externalLists.keySet(), warnings);
        rules.checkValuesItems();
        rules.checkRole();
        rules.checkReferences(warnings);
        rules.checkTextReferences(warnings);
        rules.instanceColumns = FileChoices.columnsRead(survey, lists.keySet());
        rules.checkOptions(warnings);
        FileChoices.check(sheets, survey, surveyCols, instances, problems, warnings);
        if (!languages.isEmpty()) {
            Translations.check(surveyCols, languages, warnings);
            if (choiceCols != null) {
                Translations.check(choiceCols, languages, warnings);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(sorted(problems, sheets), sorted(warnings, sheets));
        }
        return new Form(settings, languages, body, lists, source, sorted(warnings, sheets));
    }

    /**
     * Problems by sheet (survey, choices, settings), row and column, otherwise in the order found; each once (a loop's
     * row is read once per choice).
     */
    private static List<Problem> sorted(List<Problem> problems, SheetSet sheets) {
        List<Problem> out = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
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

    /** The setting allow_choice_duplicates (pyxform's yes/no spellings). */
    private static boolean allowChoiceDuplicates(SheetColumns cols) {
        List<String> rows = cols.sheet().rows().isEmpty() ? null : cols.sheet().rows().get(0);
        String v = rows == null ? "" : cols.get(rows, "allow_choice_duplicates").strip().toLowerCase(Locale.ROOT);
        return v.equals("yes") || v.equals("true") || v.equals("true()") || v.equals("1");
    }

    private static FormSettings settings(SheetColumns cols, List<Problem> problems, List<Problem> warnings) {
        Sheet sheet = cols.sheet();
        List<String> row = sheet.rows().isEmpty() ? null : sheet.rows().get(0);
        String id = row == null ? "" : cols.get(row, "form_id");
        String title = row == null ? "" : cols.get(row, "form_title");
        String version = row == null ? "" : cols.get(row, "version");
        String language = row == null ? "" : cols.get(row, "default_language");
        // Any other id is taken as it is written, as pyxform takes it (2011_07_25_transport, a digit first, too).
        if (id.isEmpty()) {
            problems.add(sheet.problem(2, "form_id", "form_id is empty; give the form an id such as "
                    + "values_agreement"));
        }
        for (int i = 1; i < sheet.rows().size(); i++) {
            if (sheet.rows().get(i).stream().anyMatch(c -> !c.isEmpty())) {
                warnings.add(sheet.problem(Sheet.rowNumber(i), null, "only the first row of settings is read; "
                        + "this row is ignored"));
            }
        }
        return new FormSettings(title.isEmpty() ? id : title, id, version, language);
    }
}
