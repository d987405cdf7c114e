package org.concord.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repeat inside a repeat (also inside a group inside a repeat) as the loaded model shows it. */
class NestedRepeatFormsTest {
    @TempDir
    Path dir;

    @Test
    void twoLevelsKeepTheInnerRepeatInsideTheOuterWithItsCount() {
        Form form = NestedRepeatForms.load(dir, "households", NestedRepeatForms.HOUSEHOLDS);
        assertThat(form.repeats()).extracting(Repeat::name).containsExactly("household", "person");
        Repeat household = form.repeats().get(0);
        Repeat person = form.repeats().get(1);
        assertThat(household.children()).extracting(Node::name)
                .containsExactly("head", "n_people", "person", "people", "total_age");
        assertThat(person.repeatCount().source()).isEqualTo("${n_people}");
        assertThat(form.repeatChain(person)).extracting(Repeat::name).containsExactly("household", "person");
        assertThat(form.repeatOf("age")).contains(person);
        assertThat(form.repeatOf("n_people")).contains(household);
        assertThat(form.repeatOf("all_people")).isEmpty();
        assertThat(form.question("second_age").orElseThrow().calculation().source())
                .isEqualTo("indexed-repeat(${age}, ${household}, 1, ${person}, 2)");
        assertThat(form.isRepeatItem("age[2][3]")).isTrue();
        assertThat(form.isRepeatItem("n_people[2]")).isTrue();
        assertThat(form.isRepeatItem("age[2]")).as("an item of person needs two indices").isFalse();
        assertThat(form.warnings()).isEmpty();
        Form again = FormLoader.fromSource(form.source().text());
        assertThat(again.body()).as("read back from the stored text").isEqualTo(form.body());
    }

    @Test
    void aRepeatInsideAGroupInsideARepeatIsKeptInTheGroup() {
        Form form = NestedRepeatForms.load(dir, "visits", NestedRepeatForms.VISITS);
        Repeat visit = (Repeat) form.body().get(1);
        assertThat(visit.children()).extracting(Node::name).containsExactly("place", "basket", "notes");
        Group basket = (Group) visit.children().get(1);
        assertThat(basket.children()).extracting(Node::name).containsExactly("bought", "item");
        Repeat item = (Repeat) basket.children().get(1);
        assertThat(item.repeatCount()).as("add another").isNull();
        assertThat(item.relevant().source()).isEqualTo("${bought} = 'yes'");
        assertThat(form.outerRepeat(item)).contains(visit);
        assertThat(form.repeatOf("item_name")).contains(item);
        assertThat(form.repeatOf("bought")).contains(visit);
        assertThat(form.isRepeatItem("item[2]")).as("the number of items of visit 2").isTrue();
        assertThat(form.isRepeatItem("item[2]#add")).isTrue();
        assertThat(form.isRepeatItem("item_name[2][1]")).isTrue();
        assertThat(form.isRepeatItem("visit")).isTrue();
        assertThat(form.isRepeatItem("visitor")).isFalse();
    }

    @Test
    void aValuesItemInsideAnInnerRepeatIsStillRefused() {
        String survey = """
                type,name,label,domain
                begin_repeat,household,Household,
                begin_repeat,person,Person,
                select_one agree,v_trust,I trust my neighbours,trust
                end_repeat,,,
                end_repeat,,,
                """;
        Path folder = NestedRepeatForms.write(dir, "values", survey);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormLoader.load(folder))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("values item v_trust is inside repeat person (row 3)");
    }
}
