package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.forms.conformance.Conformance.errors;
import static org.concord.forms.conformance.Conformance.load;
import static org.concord.forms.conformance.Conformance.saved;
import static org.concord.forms.conformance.Conformance.warnings;

import java.util.Map;
import org.concord.forms.Form;
import org.concord.forms.Group;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.session.FormSession;
import org.concord.session.Page;
import org.junit.jupiter.api.Test;

/** pyxform's {@code begin loop over L}: a group per choice of L with the loop's rows, %(name)s and %(label)s filled. */
class LoopConformanceTest {
    @Test
    void aLoopIsAGroupWithAGroupPerChoiceButNone() {
        Form form = load("loop");
        Group pet = (Group) form.body().get(1);
        assertThat(pet.name()).isEqualTo("pet");
        assertThat(pet.label().exactly("cy")).isEqualTo("Anifeiliaid anwes");
        assertThat(pet.relevant().source()).isEqualTo("${household} > 0");
        assertThat(pet.children()).extracting(Node::name).containsExactly("dog", "cat");
        Group cat = (Group) pet.children().get(1);
        assertThat(cat.label().exactly("en")).isEqualTo("cat");
        assertThat(cat.label().exactly("cy")).isEqualTo("cath");
        assertThat(cat.children()).extracting(Node::name).containsExactly("cat_has", "pet/cat/count");
        assertThat(form.questions()).extracting(Question::name).containsExactly("household", "dog_has",
                "pet/dog/count", "cat_has", "pet/cat/count", "done");
    }

    @Test
    void nameAndLabelAreFilledInEveryTextInEachLanguage() {
        Form form = load("loop");
        Question has = form.question("cat_has").orElseThrow();
        assertThat(has.label().exactly("en")).isEqualTo("Do you have a cat?");
        assertThat(has.label().exactly("cy")).isEqualTo("Oes gennych chi cath?");
        assertThat(has.hint().exactly("en")).isEqualTo("About the cat");
        assertThat(has.hint().exactly("cy")).isEqualTo("Am y cat");
        Question count = form.question("pet/dog/count").orElseThrow();
        assertThat(count.label().exactly("cy")).isEqualTo("Sawl ci?");
        assertThat(count.relevant().source()).isEqualTo("${dog_has} = 'yes'");
        assertThat(count.hint().exactly("cy")).as("a reference in a text, checked per choice")
                .isEqualTo("Dywedoch ${dog_has}");
        assertThat(count.constraint().source()).isEqualTo(". <= 20");
        assertThat(warnings("loop")).containsExactly("loop/survey.csv row 5, column name: count names 2 elements in "
                + "different groups (row 5); Concord stores their answers as pet/dog/count and pet/cat/count, and a "
                + "${count} reference would be ambiguous");
    }

    @Test
    void aSessionAnswersEachChoicesQuestions() {
        FormSession s = Conformance.session("loop");
        s.setAnswer("household", "2");
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("pet");
        assertThat(s.visibleQuestions(s.currentPage().orElseThrow())).extracting(Question::name)
                .containsExactly("dog_has", "cat_has");
        s.setAnswer("dog_has", "yes");
        s.setAnswer("cat_has", "no");
        assertThat(s.visibleQuestions(s.currentPage().orElseThrow())).extracting(Question::name)
                .containsExactly("dog_has", "pet/dog/count", "cat_has");
        assertThat(saved(s.setAnswer("pet/dog/count", "2"))).containsOnly(Map.entry("pet/dog/count", "2"));
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("done");
        assertThat(s.pages()).extracting(Page::name).containsExactly("household", "pet", "done");
        assertThat(s.answers()).containsEntry("dog_has", "yes").containsEntry("pet/dog/count", "2")
                .doesNotContainKey("count");
    }

    @Test
    void aLoopNeedsANameAsInPyxform() {
        assertThat(errors("loop-without-name")).containsExactly("loop-without-name/survey.csv row 3, column name: "
                + "name is empty; every question and group needs a unique name");
    }

    @Test
    void loopErrorsNameTheRowAndTheFix() {
        String at = "loop-errors/survey.csv row ";
        assertThat(errors("loop-errors")).containsExactly(
                at + "2, column type: unknown choice list petz for loop pet; did you mean pets?",
                at + "6, column label: %(colour)s is not a loop substitution; in a loop's rows write %(name)s or "
                        + "%(label)s for the name or label of each choice",
                at + "8, column type: end loop without a matching begin loop; delete it or add a begin loop over "
                        + "LIST row above",
                at + "9, column type: begin loop again is never closed; add an end loop row after its last "
                        + "question");
    }
}
