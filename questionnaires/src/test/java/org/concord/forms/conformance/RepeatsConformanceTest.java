package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.forms.conformance.Conformance.errors;
import static org.concord.forms.conformance.Conformance.load;

import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.Group;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.Repeat;
import org.junit.jupiter.api.Test;

/** begin_repeat ... end_repeat as the loaded model shows it, and the repeats Concord refuses. */
class RepeatsConformanceTest {
    @Test
    void repeatCountIsAnExpression() {
        Form form = load("repeat-count");
        assertThat(form.body()).extracting(Node::name).containsExactly("n_children", "child", "done");
        Repeat child = (Repeat) form.body().get(1);
        assertThat(child.repeatCount().source()).isEqualTo("${n_children}");
        assertThat(child.label().get("default", "default")).isEqualTo("Child");
        assertThat(child.children()).extracting(Node::name).containsExactly("child_name", "child_age");
        assertThat(form.repeatOf("child_age")).contains(child);
        assertThat(form.repeatOf("n_children")).isEmpty();
        assertThat(form.questions()).extracting(Question::name)
                .containsExactly("n_children", "child_name", "child_age", "done");
        assertThat(form.warnings()).isEmpty();
    }

    @Test
    void addAnotherRepeatHasNoCountAndKeepsItsRelevance() {
        Form form = load("repeat-add-another");
        Repeat visit = form.repeats().get(0);
        assertThat(visit.name()).isEqualTo("visit");
        assertThat(visit.repeatCount()).isNull();
        assertThat(visit.relevant().source()).isEqualTo("${visited} = 'yes'");
        assertThat(visit.children()).extracting(Node::name).containsExactly("library", "hours");
    }

    @Test
    void groupsInsideARepeatAreKept() {
        Form form = load("repeat-nested-group");
        Repeat pet = form.repeats().get(0);
        assertThat(pet.repeatCount().source()).isEqualTo("2");
        assertThat(pet.children()).extracting(Node::name).containsExactly("about", "dog");
        Group dog = (Group) pet.children().get(1);
        assertThat(dog.relevant().source()).isEqualTo("${pet_kind} = 'dog'");
        assertThat(form.repeatOf("walks")).contains(pet);
    }

    @Test
    void repeatFunctionsReferToTheRepeatAndItsQuestions() {
        Form form = load("repeat-functions");
        assertThat(form.question("first_area").orElseThrow().calculation().source())
                .isEqualTo("indexed-repeat(${area}, ${room}, 1)");
        assertThat(form.question("rooms").orElseThrow().calculation().references()).containsExactly("room");
        assertThat(form.repeatOf("pos")).map(Repeat::name).contains("room");
        assertThat(form.repeatOf("total")).isEmpty();
    }

    @Test
    void storedSourceGivesTheSameRepeatsAndSha() {
        for (String folder : new String[] {"repeat-count", "repeat-add-another", "repeat-nested-group",
                                           "repeat-functions"}) {
            Form form = load(folder);
            Form again = FormLoader.fromSource(form.source().text());
            assertThat(again.source().sha256()).as("SHA of %s read back", folder).isEqualTo(form.source().sha256());
            assertThat(again.body()).as("body of %s read back", folder).isEqualTo(form.body());
        }
    }

    @Test
    void aRepeatInsideAGroupIsKeptInItsPlace() {
        Form form = load("repeat-in-group");
        Group household = (Group) form.body().get(1);
        assertThat(household.children()).extracting(Node::name).containsExactly("n_people", "person",
                "household_note");
        Repeat person = (Repeat) household.children().get(1);
        assertThat(form.repeats()).as("repeats inside groups are listed").containsExactly(person);
        assertThat(form.repeatOf("person_age")).contains(person);
        assertThat(form.isRepeatItem("person_age[2]")).isTrue();
        assertThat(form.isRepeatItem("household_note")).isFalse();
        assertThat(form.warnings()).isEmpty();
        Form again = FormLoader.fromSource(form.source().text());
        assertThat(again.body()).as("read back from the stored text").isEqualTo(form.body());
    }

    @Test
    void aRepeatInsideAFieldListGroupLoadsWithAWarning() {
        Form form = load("repeat-in-field-list-group");
        assertThat(form.repeats()).extracting(Repeat::name).containsExactly("visit");
        assertThat(Conformance.warnings("repeat-in-field-list-group")).containsExactly(
                "repeat-in-field-list-group/survey.csv row 4, column type: repeat visit is inside field-list group "
                        + "visits (row 3); each instance of the repeat is a page of its own (as in ODK Collect), and "
                        + "the group's other questions are shown on pages before and after it");
    }

    @Test
    void aRepeatInsideARandomizedGroupIsRefused() {
        assertThat(errors("repeat-in-randomized-group-refused")).containsExactly(
                "repeat-in-randomized-group-refused/survey.csv row 4, column type: repeat item is inside group block "
                        + "(row 2), which has randomize=true; Concord cannot shuffle a repeat's instances among the "
                        + "group's questions: move the repeat out of the group or remove randomize");
    }

    @Test
    void metadataInsideARepeatLoadsWithAWarningOfWhatIsRecorded() {
        assertThat(Conformance.warnings("repeat-metadata")).containsExactly(
                "repeat-metadata/survey.csv row 4, column type: start task_start is inside repeat task (row 3); "
                        + "Concord records it once per instance, when the instance is made; ODK records metadata for "
                        + "the whole form, so move it out of the repeat to record it once per participant",
                "repeat-metadata/survey.csv row 6, column type: end task_end is inside repeat task (row 3); "
                        + "Concord records it at submit, the same time in every instance; ODK records metadata for "
                        + "the whole form, so move it out of the repeat to record it once per participant");
    }

    @Test
    void aRepeatInsideARepeatIsKeptInside() {
        Form form = load("repeat-nested");
        Repeat household = (Repeat) form.body().get(0);
        assertThat(household.children()).extracting(Node::name).containsExactly("head", "member");
        Repeat member = (Repeat) household.children().get(1);
        assertThat(form.repeats()).as("outer repeat first").containsExactly(household, member);
        assertThat(form.outerRepeat(member)).contains(household);
        assertThat(form.repeatChain(member)).containsExactly(household, member);
        assertThat(form.repeatOf("member_name")).as("the innermost repeat").contains(member);
        assertThat(form.repeatOf("head")).contains(household);
        assertThat(form.isRepeatItem("member_name[2][3]")).isTrue();
        assertThat(form.isRepeatItem("member_name[2]")).as("one index short").isFalse();
        assertThat(form.isRepeatItem("member[2]")).as("members in household 2").isTrue();
        assertThat(form.isRepeatItem("member[2]#add")).isTrue();
        assertThat(form.isRepeatItem("head[1]")).isTrue();
        assertThat(form.warnings()).isEmpty();
        assertThat(FormLoader.fromSource(form.source().text()).body()).as("read back from the stored text")
                .isEqualTo(form.body());
    }

    @Test
    void valuesItemsInsideARepeatAreRefused() {
        assertThat(errors("repeat-values-item-refused")).containsExactly(
                "repeat-values-item-refused/survey.csv row 4, column domain: values item v_child is inside repeat "
                        + "child (row 2); the analysis needs one answer per participant: move it out of the repeat "
                        + "or clear its domain");
    }
}
