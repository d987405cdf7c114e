package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.forms.conformance.Conformance.errors;
import static org.concord.forms.conformance.Conformance.load;
import static org.concord.forms.conformance.Conformance.saved;
import static org.concord.forms.conformance.Conformance.session;
import static org.concord.forms.conformance.Conformance.warnings;

import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.session.FormSession;
import org.junit.jupiter.api.Test;

/**
 * What pyxform accepts although it is probably not what the author meant: a select with a calculation and no label,
 * a bare word in an expression, a choice_filter column the choices sheet lacks, a default that only looks like an
 * expression, a choice name with a space. Concord loads them as pyxform reads them, with a warning; a bare word that
 * names a question and a misspelt column stay errors.
 */
class PyxformLeniencyConformanceTest {
    @Test
    void aSelectWithACalculationAndNoLabelIsACalculate() {
        Form form = load("hidden-select");
        Question passed = form.question("passed").orElseThrow();
        assertThat(passed.type()).isEqualTo(QuestionType.CALCULATE);
        assertThat(passed.listName()).as("a calculate has no choices (pyxform writes no itemset)").isNull();
        assertThat(warnings("hidden-select")).containsExactly("hidden-select/survey.csv row 3, column calculation: "
                + "select_one passed has a calculation and no label or hint, so it is not shown; Concord keeps it as "
                + "a calculate (its value stored as text)");
        FormSession s = session("hidden-select");
        assertThat(saved(s.setAnswer("score", "7"))).containsEntry("passed", "yes");
        assertThat(errors("hidden-select-unknown-list")).containsExactly("hidden-select-unknown-list/survey.csv row 2,"
                + " column type: unknown choice list yes_n; did you mean yes_no?");
    }

    @Test
    void aBareWordIsAnEmptyPathWithAWarning() {
        assertThat(warnings("bare-word")).containsExactly("bare-word/survey.csv row 4, column calculation: 'name' is "
                + "a bare word: a path below this question, which is always empty (as in ODK Collect); write ${name} "
                + "for the answer to a question or 'name' in quotes for text");
        FormSession s = session("bare-word");
        s.recordStart(true);
        assertThat(s.answer("check[1]")).as("'' = '' before the crop is chosen").isEqualTo("true");
        s.setAnswer("crop[1]", "maize");
        assertThat(s.answer("check[1]")).as("'' = 'maize'").isEqualTo("false");
    }

    @Test
    void aBareQuestionNameOrFunctionNameIsAnError() {
        assertThat(errors("bare-word-refused")).containsExactly(
                "bare-word-refused/survey.csv row 3, column relevant: unexpected word 'age': write ${age} for the "
                        + "answer to age (a bare word is a path below this question, which is always empty)",
                "bare-word-refused/survey.csv row 4, column constraint: cannot parse the expression: unexpected word "
                        + "'today': write today() to call the function at character 6");
    }

    @Test
    void aDefaultIsAnExpressionOnlyWhenPyxformReadsOne() {
        Form form = load("default-literal");
        Map<String, String> literal = Map.of("a", "3", "unsure", "Don't know (yet)", "dollar", "$(a)",
                "minus", "-1", "day", "2026-03-01", "hyphen", "well-being");
        literal.forEach((name, value) -> {
            Question q = form.question(name).orElseThrow();
            assertThat(q.options().defaultValue()).as("default of %s", name).isEqualTo(value);
            assertThat(q.options().dynamicDefault()).as("expression of %s", name).isNull();
        });
        assertThat(form.question("sum").orElseThrow().options().dynamicDefault()).hasToString("${a} + 1");
        assertThat(form.question("half").orElseThrow().options().dynamicDefault()).hasToString("5 div 2");
        assertThat(warnings("default-literal")).containsExactly("default-literal/survey.csv row 4, column default: "
                + "default $(a) is this text, not an expression, as pyxform reads it: a reference is written ${name}, "
                + "e.g. ${a}");
        assertThat(saved(session("default-literal").recordStart(true))).containsEntry("sum", "4")
                .containsEntry("half", "2.5").containsEntry("unsure", "Don't know (yet)");
    }

    @Test
    void aChoiceFilterColumnTheSheetLacksIsEmpty() {
        assertThat(warnings("choice-filter-missing-column")).containsExactly(
                "choice-filter-missing-column/survey.csv row 2, column choice_filter: choice_filter names state, "
                        + "which is not a column of the choices sheet, so it is always empty; add the column there or "
                        + "write ${state} for a question",
                "choice-filter-missing-column/survey.csv row 3, column choice_filter: choice_filter names region, "
                        + "which is not a column of the choices sheet, so it is always empty; add the column there or "
                        + "write ${region} for a question",
                "choice-filter-missing-column/choices.csv row 2, column name: choice name \"option a\" of list states "
                        + "contains a space: a select_one stores a name whole, but selected() and count-selected() "
                        + "split answers at spaces; use _ instead");
        FormSession s = session("choice-filter-missing-column");
        assertThat(s.choices(s.form().question("state").orElseThrow())).as("'' != '' for every choice").isEmpty();
        assertThat(s.choices(s.form().question("other_state").orElseThrow())).extracting(Choice::name)
                .as("'' = '' for every choice").containsExactly("option a", "option_b");
        assertThat(saved(s.setAnswer("other_state", "option a"))).as("a name with a space is stored whole")
                .containsEntry("other_state", "option a");
    }

    @Test
    void aChoiceFilterReferenceMustNameAQuestion() {
        assertThat(errors("choice-filter-unknown-reference")).containsExactly("choice-filter-unknown-reference/"
                + "survey.csv row 3, column choice_filter: unknown name ${countr}; did you mean ${country}?");
    }

    @Test
    void hiddenIsACalculateAndWithoutAValueIsWarned() {
        Form form = load("hidden-type");
        assertThat(form.question("h2").orElseThrow().type()).as("hidden is pyxform's string value with no control")
                .isEqualTo(QuestionType.CALCULATE);
        assertThat(warnings("hidden-type")).containsExactly("hidden-type/survey.csv row 3, column calculation: hidden"
                + " h has no calculation or default, so it is always empty (pyxform writes a value that nothing sets);"
                + " give it a calculation or remove the row");
        FormSession s = session("hidden-type");
        s.recordStart(true);
        assertThat(saved(s.setAnswer("a", "hi"))).as("a hidden with a calculation").containsEntry("h2", "hi!");
        assertThat(s.answer("h3")).as("a hidden with a default").isEqualTo("7");
    }
}
