package org.concord.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of broken forms in {@code src/test/resources/forms/broken/}: one folder per rule, each checked for
 * the exact problems (file, row, column and message) that a user sees.
 */
class FormValidationCatalogueTest {
    static InputException loadBroken(String folder) {
        Path path = FormLoaderCsvTest.testForm("broken/missing-columns").getParent().resolve(folder);
        return catchThrowableOfType(InputException.class, () -> FormLoader.load(path));
    }

    private static void assertProblems(String folder, String... expected) {
        InputException e = loadBroken(folder);
        assertThat(e).as("loading %s should fail", folder).isNotNull();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(expected);
    }

    @Test
    void theDesignExampleHasItsFileRowAndColumn() {
        InputException e = loadBroken("unknown-name/values-agreement");
        assertThat(e.problems()).containsExactly(new Problem("values-agreement/survey.csv", null, 14, "relevant",
                "unknown name ${rolle}; did you mean ${role}?"));
    }

    @Test
    void domainOnNonSelect() {
        assertProblems("domain-on-non-select",
                "domain-on-non-select/survey.csv row 2, column domain: domain is only for values items, which "
                        + "are select_one questions, but n is of type integer; remove "
                        + "the domain or make it a select_one",
                "domain-on-non-select/survey.csv row 3, column domain: domain is only for values items, which "
                        + "are select_one questions, but m is of type select_multiple; remove the domain or make it a "
                        + "select_one");
    }

    @Test
    void duplicateChoice() {
        assertProblems("duplicate-choice",
                "duplicate-choice/choices.csv row 4, column name: duplicate choice yes in list yn (already in "
                        + "row 2); give each choice of a list its own name, or set allow_choice_duplicates to yes on "
                        + "the settings sheet (a cascading select may repeat a name under different filters)",
                "duplicate-choice/choices.csv row 5, column name: choice name \"not sure\" of list yn contains a "
                        + "space; the answer to select_multiple q holds the names chosen separated by spaces, so use _ "
                        + "instead");
    }

    @Test
    void duplicateName() {
        assertProblems("duplicate-name",
                "duplicate-name/survey.csv row 4, column name: duplicate name q (already used in row 2); give "
                        + "each question and group its own name");
    }

    @Test
    void emptyTypeAndName() {
        assertProblems("empty-type-and-name",
                "empty-type-and-name/survey.csv row 2, column type: type is empty; give the row a type such as "
                        + "text or select_one LIST, or delete the row",
                "empty-type-and-name/survey.csv row 3, column name: name is empty; every question and group "
                        + "needs a unique name");
    }

    @Test
    void expressionDoesNotParse() {
        assertProblems("expression-does-not-parse",
                "expression-does-not-parse/survey.csv row 2, column relevant: cannot parse the expression: "
                        + "expected ')' but found end of expression at character 10",
                "expression-does-not-parse/survey.csv row 2, column constraint: cannot parse the expression: "
                        + "unexpected end of expression: a value is missing at character 11",
                "expression-does-not-parse/survey.csv row 3, column relevant: cannot parse the expression: "
                        + "function digest() is not supported (supported: "
                        + "not(), selected(), count-selected(), selected-at(), jr:choice-name(), if(), string-length(), "
                        + "normalize-space(), translate(), substring-before(), substring-after(), "
                        + "regex(), coalesce(), concat(), substr(), contains(), starts-with(), ends-with(), string(), "
                        + "number(), int(), round(), floor(), ceiling(), abs(), pow(), sqrt(), boolean-from-string(), "
                        + "once(), today(), now(), random(), date(), decimal-date-time(), format-date(), format-date-time(), "
                        + "sum(), max(), min(), count(), position(), indexed-repeat(), true(), false()) at character 1",
                "expression-does-not-parse/survey.csv row 3, column required: cannot parse the expression: "
                        + "unexpected end of expression: a value is missing at character 7");
    }

    @Test
    void invalidName() {
        assertProblems("invalid-name",
                "invalid-name/survey.csv row 2, column name: \"1st\" is not a valid XLSForm name; a name starts "
                        + "with a letter or _ and holds only letters, digits, _, - and .",
                "invalid-name/survey.csv row 3, column name: \"my question\" is not a valid XLSForm name; a "
                        + "name starts with a letter or _ and holds only letters, digits, _, - and .");
    }

    @Test
    void missingChoiceColumns() {
        assertProblems("missing-choice-columns",
                "missing-choice-columns/survey.csv row 2, column type: unknown choice list agree5; add it to "
                        + "the choices sheet",
                "missing-choice-columns/choices.csv row 1: missing column name; the choices sheet needs the "
                        + "columns list_name, name and label");
    }

    @Test
    void missingColumns() {
        assertProblems("missing-columns",
                "missing-columns/survey.csv row 1: missing column name; the survey sheet needs the columns "
                        + "type, name and label");
    }

    @Test
    void missingLabel() {
        assertProblems("missing-label",
                "missing-label/survey.csv row 2, column label: text q has no label or hint; write a label (only a "
                        + "calculate and metadata may have none)",
                "missing-label/survey.csv row 3, column calculation: calculate c has no calculation; write its "
                        + "expression in the calculation column (or give it a default)");
    }

    @Test
    void missingSurvey() {
        assertProblems("missing-survey",
                "missing-survey/survey.csv: file missing: a form folder needs survey.csv (and choices.csv and "
                        + "settings.csv)");
    }

    @Test
    void noChoicesSheet() {
        assertProblems("no-choices-sheet",
                "no-choices-sheet/survey.csv row 2, column type: unknown choice list agree5; the form has no "
                        + "choices sheet: add one with this list");
    }

    @Test
    void reverseOnNonValues() {
        assertProblems("reverse-on-non-values",
                "reverse-on-non-values/survey.csv row 3, column reverse: reverse is only for values items (a "
                        + "select_one with a domain); remove it or give v2 a domain",
                "reverse-on-non-values/survey.csv row 4, column reverse: reverse must be yes or no (or empty), "
                        + "not maybe");
    }

    @Test
    void roleNotSelectOne() {
        assertProblems("role-not-select-one",
                "role-not-select-one/survey.csv row 2, column type: the role question must be a select_one "
                        + "whose choices have role_group leader or worker, not of type text");
    }

    @Test
    void roleWithoutRoleGroup() {
        assertProblems("role-without-role-group",
                "role-without-role-group/choices.csv row 3, column role_group: choice sw of list roles (the "
                        + "role question's list) has no role_group; set it to leader or worker",
                "role-without-role-group/choices.csv row 4, column role_group: role_group must be leader or "
                        + "worker, not admin");
    }

    @Test
    void selectWithoutList() {
        assertProblems("select-without-list",
                "select-without-list/survey.csv row 2, column type: select_one needs a choice list: write "
                        + "select_one LIST, where LIST is a list_name of the choices sheet",
                "select-without-list/survey.csv row 4, column type: type integer takes no list name; write only "
                        + "integer");
    }

    @Test
    void unclosedGroup() {
        assertProblems("unclosed-group",
                "unclosed-group/survey.csv row 2, column type: begin_group outer is never closed; add an "
                        + "end_group row after its last question");
    }

    @Test
    void unknownChoiceList() {
        assertProblems("unknown-choice-list",
                "unknown-choice-list/survey.csv row 2, column type: unknown choice list agre5; did you mean agree5?",
                "unknown-choice-list/survey.csv row 3, column type: unknown choice list colours; add it to the "
                        + "choices sheet");
    }

    @Test
    void unknownName() {
        assertProblems("unknown-name/values-agreement",
                "values-agreement/survey.csv row 14, column relevant: unknown name ${rolle}; did you mean ${role}?");
    }

    @Test
    void unknownNameMore() {
        assertProblems("unknown-name-more",
                "unknown-name-more/survey.csv row 3, column relevant: unknown name ${yeras}; did you mean ${years}?",
                "unknown-name-more/survey.csv row 3, column relevant: unknown name ${zzz_qqq}; no question has "
                        + "this name",
                "unknown-name-more/survey.csv row 5, column relevant: ${g} is a group, not a question; refer to "
                        + "a question instead");
    }

    @Test
    void unknownType() {
        assertProblems("unknown-type",
                "unknown-type/survey.csv row 3, column type: unknown type intger; did you mean integer?",
                "unknown-type/survey.csv row 4, column type: unknown type foo_bar_baz; supported types: "
                        + "select_one LIST, select_multiple LIST, rank LIST, integer, decimal, "
                        + "text, note, acknowledge, calculate, date, time, datetime, range, start, end, today, "
                        + "deviceid, "
                        + "username, audit, begin_group, end_group, begin_repeat, end_repeat");
    }

    @Test
    void unmatchedEndGroup() {
        assertProblems("unmatched-end-group",
                "unmatched-end-group/survey.csv row 3, column type: end_group without a matching begin_group; "
                        + "delete it or add a begin_group above");
    }

    @Test
    void unsupportedColumn() {
        assertProblems("unsupported-column",
                "unsupported-column/survey.csv row 2, column repeat_count: repeat_count is only for a begin_repeat "
                        + "row; remove it from this select_one row",
                "unsupported-column/survey.csv row 3, column repeat_count: repeat_count is only for a begin_repeat "
                        + "row; remove it from this select_one row");
    }

    @Test
    void unsupportedParameter() {
        assertProblems("unsupported-parameter",
                "unsupported-parameter/survey.csv row 2, column parameters: parameter seed=7 is not supported "
                        + "by Concord; a group takes randomize=true or randomize=false",
                "unsupported-parameter/survey.csv row 5, column parameters: parameters start=1 on type integer are "
                        + "not supported by Concord; only a range (start, end, step) and a begin_group "
                        + "(randomize=true) take parameters, a select randomize=true and seed=, and text rows= and "
                        + "the audit's ODK Collect options are read with a warning");
    }

    @Test
    void unsupportedType() {
        assertProblems("unsupported-type",
                "unsupported-type/survey.csv row 5, column type: type percentage is not supported by Concord: use "
                        + "integer with a constraint . >= 0 and . <= 100");
    }

    @Test
    void valuesNot1ToA() {
        assertProblems("values-not-1-to-a",
                "values-not-1-to-a/survey.csv row 3, column type: values item v2 uses list skewed, whose "
                        + "choices are 1, 2, 4, 3; a values item's choices must be named 1 to A in order (1, 2, ..., A "
                        + "from the lowest level to the highest), at least 2 of them",
                "values-not-1-to-a/survey.csv row 4, column type: values item v3 uses list one, whose choices "
                        + "are 1; a values item's choices must be named 1 to A in order (1, 2, ..., A from the lowest "
                        + "level to the highest), at least 2 of them");
    }

    @Test
    void misspeltColumn() {
        assertProblems("misspelt-column",
                "misspelt-column/survey.csv row 1, column lable::English (en): unknown column lable::English (en); "
                        + "did you mean label::English (en)?",
                "misspelt-column/survey.csv row 1, column relevent: unknown column relevent; did you mean relevant?",
                "misspelt-column/settings.csv row 1, column verison: unknown column verison; did you mean version?");
    }

    @Test
    void unknownNameInText() {
        assertProblems("unknown-name-in-text",
                "unknown-name-in-text/survey.csv row 3, column label::Cymraeg (cy): unknown name ${yeras} in the text; "
                        + "did you mean ${years}?",
                "unknown-name-in-text/choices.csv row 2, column label::English (en): unknown name ${nobody_here} in "
                        + "the text; no question has this name");
    }

    @Test
    void duplicateColumn() {
        assertProblems("duplicate-column",
                "duplicate-column/survey.csv row 1, column relevant: duplicate column relevant; keep one and delete "
                        + "the other");
    }
}
