package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.concord.forms.conformance.Conformance.errors;
import static org.concord.forms.conformance.Conformance.load;
import static org.concord.forms.conformance.Conformance.saved;
import static org.concord.forms.conformance.Conformance.warnings;

import java.util.Map;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.InvalidFormException;
import org.concord.forms.Question;
import org.concord.session.FormSession;
import org.concord.session.Page;
import org.junit.jupiter.api.Test;

/** One question name in different groups, as pyxform accepts it: each such element is stored under its path key. */
class RepeatedNamesConformanceTest {
    @Test
    void namesInDifferentGroupsGetPathKeys() {
        Form form = load("names-in-groups");
        assertThat(form.questions()).extracting(Question::name).containsExactly("n_children", "father/name",
                "father/age", "father/works", "father/works_other", "mother/name", "mother/age", "mother/works",
                "mother/works_other", "child/age", "done");
        assertThat(form.question("mother/works_other").orElseThrow().relevant().source())
                .isEqualTo("selected(${mother/works}, 'other')");
        assertThat(form.repeats()).extracting(r -> r.name()).containsExactly("child");
    }

    @Test
    void eachRepeatedNameIsWarnedWithItsKeys() {
        String at = "names-in-groups/survey.csv row ";
        assertThat(warnings("names-in-groups")).containsExactly(
                at + "4, column name: name names 2 elements in different groups (rows 4 and 9); Concord stores their "
                        + "answers as father/name and mother/name, and a ${name} reference would be ambiguous",
                at + "5, column name: age names 3 elements in different groups (rows 5, 10 and 14); Concord stores "
                        + "their answers as father/age, mother/age and child/age, and a ${age} reference would be "
                        + "ambiguous",
                at + "6, column name: works names 2 elements in different groups (rows 6 and 11); Concord stores "
                        + "their answers as father/works and mother/works, and a ${works} reference would be "
                        + "ambiguous",
                at + "6, column name: works_other names 2 elements in different groups (rows 6 and 11); Concord "
                        + "stores their answers as father/works_other and mother/works_other, and a ${works_other} "
                        + "reference would be ambiguous");
    }

    @Test
    void aReferenceToARepeatedNameIsAmbiguousInExpressionsTextsAndTriggers() {
        String ambiguous = "${age} is ambiguous: questions named age in groups father (row 3) and mother (row 6); "
                + "rename one of them";
        String at = "names-ambiguous-reference/survey.csv row ";
        assertThat(errors("names-ambiguous-reference")).containsExactly(at + "8, column label: " + ambiguous,
                at + "8, column relevant: " + ambiguous, at + "9, column trigger: " + ambiguous);
    }

    @Test
    void siblingsKeepDistinctNamesAndRepeatNamesAreUnique() {
        String at = "names-siblings/survey.csv row ";
        assertThat(errors("names-siblings")).containsExactly(
                at + "5, column name: duplicate name age in group father (already used in row 3); give each "
                        + "question and group in the same group its own name",
                at + "11, column name: duplicate repeat name kids (already used in row 7); a repeat's name must be "
                        + "unique in the whole form (pyxform's rule), as its answers are counted by it",
                at + "15, column name: name is empty; every question and group needs a unique name");
        InvalidFormException e = catchThrowableOfType(InvalidFormException.class,
                () -> FormLoader.load(Conformance.folder("names-siblings")));
        assertThat(e.warnings()).extracting(Problem::toString).containsExactly(at + "4, column name: names age and "
                + "Age in the same group differ only in case; statistics packages that ignore case (SPSS) export them "
                + "as two variables with different names: rename one of them");
    }

    @Test
    void aSessionStoresAnswersUnderPathKeysAlsoInARepeatAndForOrOther() {
        FormSession s = Conformance.session("names-in-groups");
        assertThat(s.pages()).extracting(Page::name).containsExactly("n_children", "father", "mother", "done");
        assertThat(saved(s.setAnswer("n_children", "1"))).containsOnly(Map.entry("n_children", "1"));
        assertThat(s.pages()).extracting(Page::name).containsExactly("n_children", "father", "mother", "child[1]",
                "done");
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("father");
        assertThat(s.visibleQuestions(s.currentPage().orElseThrow())).extracting(Question::name)
                .containsExactly("father/name", "father/age", "father/works");
        s.setAnswer("father/name", "Dafydd");
        s.setAnswer("father/age", "41");
        assertThat(saved(s.setAnswer("father/works", "other"))).containsOnly(Map.entry("father/works", "other"));
        assertThat(s.visibleQuestions(s.currentPage().orElseThrow())).extracting(Question::name)
                .containsExactly("father/name", "father/age", "father/works", "father/works_other");
        s.setAnswer("father/works_other", "Farming");
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("mother");
        s.setAnswer("mother/name", "Elin");
        s.setAnswer("mother/age", "39");
        s.setAnswer("mother/works", "yes");
        assertThat(s.visibleQuestions(s.currentPage().orElseThrow())).extracting(Question::name)
                .as("mother's other is relevant on mother's answer, not father's")
                .containsExactly("mother/name", "mother/age", "mother/works");
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("child[1]");
        assertThat(s.visibleQuestions(s.currentPage().orElseThrow())).extracting(Question::name)
                .containsExactly("child/age[1]");
        assertThat(saved(s.setAnswer("child/age[1]", "7"))).containsOnly(Map.entry("child/age[1]", "7"));
        assertThat(s.answers()).containsEntry("father/age", "41").containsEntry("mother/age", "39")
                .containsEntry("father/works_other", "Farming").containsEntry("child/age[1]", "7")
                .doesNotContainKey("age");
    }
}
