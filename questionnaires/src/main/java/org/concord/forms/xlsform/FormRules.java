package org.concord.forms.xlsform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.common.Problem;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.Language;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.forms.expr.LastSaved;
import org.concord.forms.validation.DidYouMean;

/** The rules that span rows and sheets: choice lists, values items, the role question, names, translations. */
final class FormRules {
    private final SheetColumns survey;
    private final SheetColumns choices;
    private final SurveyReader reader;
    private final Map<String, ChoiceList> lists;
    private final List<Problem> problems;
    private final ReferenceRules references;
    private Set<String> brokenLists = Set.of();
    /** Choice columns read by instance('LIST')/root/item paths: they are used. */
    Set<String> instanceColumns = Set.of();

    FormRules(SheetColumns survey, SheetColumns choices, SurveyReader reader, Map<String, ChoiceList> lists,
              List<Problem> problems) {
        this.survey = survey;
        this.choices = choices;
        this.reader = reader;
        this.lists = lists;
        this.problems = problems;
        this.references = new ReferenceRules(survey, choices, reader, problems);
    }

    /** How a language reads in messages: {@code English (en)}, or {@code default} for plain columns. */
    static String display(Language language) {
        return Language.DEFAULT_CODE.equals(language.code()) ? "default" : language.headerName();
    }

    private Problem surveyProblem(int row, String column, String message) {
        return survey.sheet().problem(row, survey.header(column), message);
    }

    /** Lists whose own rows had problems: the 1..A check of values items would only repeat them. */
    void skipListChecks(Set<String> lists) {
        this.brokenLists = lists;
    }

    /** Every select names a list of the choices sheet ({@code readTwice}: lists already reported, not checked). */
    void checkLists(boolean noChoicesSheet, Set<String> external, Set<String> readTwice) {
        for (SurveyReader.Entry e : reader.entries) {
            if (!(e.node() instanceof Question q) || q.listName() == null || readTwice.contains(q.listName())) {
                continue;
            }
            if (reader.fileRows.contains(e.row())) {
                continue;
            }
            boolean wantsExternal = reader.externalRows.contains(e.row());
            if (wantsExternal && !external.contains(q.listName())) {
                problems.add(surveyProblem(e.row(), "type", "unknown external choice list " + q.listName()
                        + "; select_one_external takes its list from the external_choices sheet: add it there"));
                continue;
            }
            if (!wantsExternal && external.contains(q.listName())) {
                problems.add(surveyProblem(e.row(), "type", "list " + q.listName() + " is on the external_choices "
                        + "sheet; write select_one_external " + q.listName() + " or move the list to choices"));
                continue;
            }
            checkListExists(e.row(), q.listName(), noChoicesSheet);
        }
        reader.hiddenSelectLists.forEach((row, list) -> {
            if (!external.contains(list)) {
                checkListExists(row, list, noChoicesSheet);
            }
        });
    }

    /**
     * A choice name with a space is refused in a list of a select_multiple, whose answer holds the names chosen
     * separated by spaces (as pyxform refuses it); elsewhere it is warned: a select_one stores it whole, but
     * {@code selected()} and {@code count-selected()} split an answer at spaces.
     */
    void checkChoiceNames(Set<String> external, List<Problem> warnings) {
        if (choices == null) {
            return;
        }
        Map<String, String> multiple = new java.util.HashMap<>();
        for (SurveyReader.Entry e : reader.entries) {
            if (e.node() instanceof Question q && q.type() == QuestionType.SELECT_MULTIPLE && q.listName() != null) {
                multiple.putIfAbsent(q.listName(), q.name());
            }
        }
        for (ChoiceList list : lists.values()) {
            List<Choice> spaced = list.choices().stream()
                    .filter(c -> c.name().chars().anyMatch(Character::isWhitespace)).toList();
            if (external.contains(list.name()) || spaced.isEmpty()) {
                continue;
            }
            String names = spaced.stream().map(c -> "\"" + c.name() + "\"").collect(Collectors.joining(", "));
            String rows = spaced.size() == 1 ? "" : " (rows " + spaced.stream().map(c -> Integer.toString(c.row()))
                    .collect(Collectors.joining(", ")) + ")";
            String what = "choice name" + (spaced.size() == 1 ? " " : "s ") + names + " of list " + list.name()
                    + (spaced.size() == 1 ? " contains a space" : " contain spaces") + rows;
            String select = multiple.get(list.name());
            if (select != null) {
                problems.add(choices.sheet().problem(spaced.get(0).row(), choices.header("name"), what + "; the "
                        + "answer to select_multiple " + select + " holds the names chosen separated by spaces, so "
                        + "use _ instead"));
            } else {
                warnings.add(choices.sheet().problem(spaced.get(0).row(), choices.header("name"), what + ": a "
                        + "select_one stores a name whole, but selected() and count-selected() split answers at "
                        + "spaces; use _ instead"));
            }
        }
    }

    private void checkListExists(int row, String list, boolean noChoicesSheet) {
        if (!lists.containsKey(list)) {
            String hint = noChoicesSheet ? "; the form has no choices sheet: add one with this list"
                    : DidYouMean.closest(list, lists.keySet()).map(s -> "; did you mean " + s + "?")
                    .orElse("; add it to the choices sheet");
            problems.add(surveyProblem(row, "type", "unknown choice list " + list + hint));
        }
    }

    /** Values items have choices named 1..A; {@code domain} and {@code reverse} are only on values items. */
    void checkValuesItems() {
        for (SurveyReader.Entry e : reader.entries) {
            if (!(e.node() instanceof Question q)) {
                continue;
            }
            if (q.domain() != null && q.options().shuffle() != null) {
                problems.add(surveyProblem(e.row(), "parameters", "values item " + q.name() + " has randomize=true,"
                        + " but its answers are a scale shown in order 1.." + "A; remove randomize from this row"));
            }
            if (q.domain() != null && q.type() != QuestionType.SELECT_ONE) {
                problems.add(surveyProblem(e.row(), "domain", "domain is only for values items, which are "
                        + "select_one questions, but " + q.name() + " is of type " + q.type().xlsformName()
                        + "; remove the domain or make it a select_one"));
            }
            if (q.reverse() && !q.isValuesItem()) {
                problems.add(surveyProblem(e.row(), "reverse", "reverse is only for values items (a select_one "
                        + "with a domain); remove it or give " + q.name() + " a domain"));
            }
            ChoiceList list = q.listName() == null ? null : lists.get(q.listName());
            if (q.isValuesItem() && list != null && !brokenLists.contains(list.name()) && !isOneToA(list)) {
                String found = list.choices().stream().map(Choice::name).collect(Collectors.joining(", "));
                problems.add(surveyProblem(e.row(), "type", "values item " + q.name() + " uses list "
                        + list.name() + ", whose choices are " + found + "; a values item's choices must be named "
                        + "1 to A in order (1, 2, ..., A from the lowest level to the highest), at least 2 of them"));
            }
        }
    }

    private static boolean isOneToA(ChoiceList list) {
        if (list.size() < 2) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.choices().get(i).name().equals(Integer.toString(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** The {@code role} question is a select_one whose every choice has role_group leader or worker. */
    void checkRole() {
        for (SurveyReader.Entry e : reader.entries) {
            if (!(e.node() instanceof Question q) || !Form.ROLE_QUESTION.equals(q.name())) {
                continue;
            }
            if (q.type() != QuestionType.SELECT_ONE) {
                problems.add(surveyProblem(e.row(), "type", "the role question must be a select_one whose "
                        + "choices have role_group leader or worker, not of type " + q.type().xlsformName()));
                continue;
            }
            ChoiceList list = lists.get(q.listName());
            if (list == null || choices == null) {
                continue;
            }
            for (Choice c : list.choices()) {
                String group = c.roleGroup();
                String column = choices.header("role_group");
                if (group == null) {
                    problems.add(choices.sheet().problem(c.row(), column, "choice " + c.name() + " of list "
                            + list.name() + " (the role question's list) has no role_group; set it to leader or "
                            + "worker"));
                } else if (!group.equals("leader") && !group.equals("worker")) {
                    problems.add(choices.sheet().problem(c.row(), column, "role_group must be leader or worker, "
                            + "not " + group));
                }
            }
        }
    }

    /** Every {@code ${name}} in an expression names a question; each {@code ${last-saved#q}} is warned. */
    void checkReferences(List<Problem> warnings) {
        references.checkExpressions(warnings);
    }

    /** Every {@code ${name}} shown inside a label, hint or message names a question. */
    void checkTextReferences(List<Problem> warnings) {
        references.checkTexts(warnings);
    }

    /**
     * Triggers name questions; a choice_filter column missing from the choices sheet, choice columns no filter names
     * and literal defaults with {@code $(} are warned.
     */
    void checkOptions(List<Problem> warnings) {
        OptionsReader options = reader.options;
        options.triggers.forEach((row, name) -> {
            if (references.ambiguous(name, survey.sheet(), row, survey.header("trigger"))) {
                return;
            }
            if (!reader.questionNames.containsKey(name)) {
                problems.add(surveyProblem(row, "trigger", "unknown name ${" + name + "}"
                        + DidYouMean.closest(name, reader.questionNames.keySet()).map(s -> "; did you mean ${" + s
                        + "}?").orElse("; no question has this name")));
            }
        });
        options.literalDollarDefaults.forEach((row, text) -> warnings.add(surveyProblem(row, "default", "default "
                + text + " is this text, not an expression, as pyxform reads it: a reference is written ${name}, "
                + "e.g. ${" + text.replaceAll(".*\\$\\(\\s*([^)\\s]*).*", "$1") + "}")));
        options.lastSavedTriggers.forEach(row -> warnings.add(surveyProblem(row, "trigger", "trigger ${"
                + LastSaved.PREFIX + options.triggers.get(row) + "} is read as ${" + options.triggers.get(row)
                + "}, as pyxform reads it: the calculation is set when " + options.triggers.get(row) + " changes")));
        Set<String> named = new java.util.HashSet<>(instanceColumns);
        Set<String> columns = new java.util.HashSet<>(Set.of("name", "label", "list_name"));
        if (choices != null) {
            columns.addAll(choices.plainColumns().keySet());
        }
        lists.values().forEach(l -> l.choices().forEach(c -> columns.addAll(c.columns().keySet())));
        options.choiceFilters.forEach((row, filter) -> {
            filter.references().forEach(name -> references.check(name, row, survey.header("choice_filter"), warnings));
            for (String column : filter.choiceColumns()) {
                named.add(column);
                if (columns.contains(column)) {
                    continue;
                }
                Optional<String> near = DidYouMean.closest(column, columns);
                if (near.isPresent()) {
                    problems.add(surveyProblem(row, "choice_filter", "choice_filter names " + column + ", which is "
                            + "not a column of the choices sheet; did you mean " + near.get() + "?"));
                } else {
                    // XPath: a path below the choice that is absent, so empty (ODK Collect reads it so).
                    warnings.add(surveyProblem(row, "choice_filter", "choice_filter names " + column + ", which is "
                            + "not a column of the choices sheet, so it is always empty; add the column there or "
                            + "write ${" + column + "} for a question"));
                }
            }
        });
        if (choices == null) {
            return;
        }
        for (SheetColumns.Header h : choices.headers()) {
            boolean known = ColumnCatalogue.CHOICES_USED.contains(h.base())
                    || ColumnCatalogue.TRANSLATABLE.contains(h.base())
                    || ColumnCatalogue.unusedReason(ColumnCatalogue.Kind.CHOICES, h.base()) != null;
            int row = choices.firstRowWithText(h.index());
            if (!known && !named.contains(h.base()) && row > 1) {
                warnings.add(choices.sheet().problem(row, h.raw(), "column " + h.raw() + " is not used by Concord "
                        + "(no choice_filter names it); it is ignored"));
            }
        }
    }
}
