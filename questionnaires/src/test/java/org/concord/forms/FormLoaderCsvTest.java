package org.concord.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormLoaderCsvTest {
    static Path testForm(String name) {
        try {
            return Path.of(FormLoaderCsvTest.class.getResource("/forms/" + name + "/survey.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void loadsSettingsAndLanguagesWithTheDefaultFirst() {
        Form form = FormLoader.load(testForm("mini"));
        assertThat(form.settings()).isEqualTo(new FormSettings("Mini values form", "mini_values", "2026-1",
                "English (en)"));
        assertThat(form.languages()).containsExactly(new Language("en", "English"), new Language("cy", "Cymraeg"));
        assertThat(form.defaultLanguage()).isEqualTo("en");
    }

    @Test
    void loadsQuestionsAndNestedGroups() {
        Form form = FormLoader.load(testForm("mini"));
        assertThat(form.body()).extracting(Node::name).containsExactly("consent", "role", "years", "values",
                "supports", "other_support", "is_leader", "thanks");
        Group values = (Group) form.body().get(3);
        assertThat(values.randomize()).isTrue();
        assertThat(values.appearance()).isEqualTo("field-list");
        assertThat(values.row()).isEqualTo(5);
        assertThat(values.label().exactly("cy")).isEqualTo("Eich gwerthoedd");
        assertThat(values.children()).extracting(Node::name).containsExactly("v_needs1", "v_needs2");
        assertThat(form.questions()).hasSize(9);

        Question years = form.question("years").orElseThrow();
        assertThat(years.type()).isEqualTo(QuestionType.INTEGER);
        assertThat(years.row()).isEqualTo(4);
        assertThat(years.required()).isNull();
        assertThat(years.hint().exactly("en")).isEqualTo("Whole years");
        assertThat(years.constraint().source()).isEqualTo(". >= 0 and . <= 60");
        assertThat(years.constraintMessage().exactly("cy")).isEqualTo("Rhwng 0 a 60");

        Question supports = form.question("supports").orElseThrow();
        assertThat(supports.type()).isEqualTo(QuestionType.SELECT_MULTIPLE);
        assertThat(supports.listName()).isEqualTo("supports");
        assertThat(supports.label().exactly("en")).isEqualTo("Which supports do you use?\nChoose all that apply.");

        Question consent = form.question("consent").orElseThrow();
        assertThat(consent.type()).isEqualTo(QuestionType.ACKNOWLEDGE);
        assertThat(consent.required().test(n -> null, null)).isTrue();
        assertThat(form.question("is_leader").orElseThrow().calculation().source())
                .isEqualTo("if(${role} = 'tm', 1, 0)");
    }

    @Test
    void loadsValuesItemsAndTheRoleQuestion() {
        Form form = FormLoader.load(testForm("mini"));
        assertThat(form.valuesItems()).extracting(Question::name).containsExactly("v_needs1", "v_needs2");
        Question reversed = form.question("v_needs2").orElseThrow();
        assertThat(reversed.reverse()).isTrue();
        assertThat(reversed.domain()).isEqualTo("needs");
        assertThat(form.question("v_needs1").orElseThrow().reverse()).isFalse();
        assertThat(form.scaleSize(reversed)).isEqualTo(5);
        ChoiceList roles = form.choicesOf(form.roleQuestion().orElseThrow()).orElseThrow();
        assertThat(roles.choices()).extracting(Choice::roleGroup).containsExactly("leader", "worker");
        assertThat(roles.choice("sw").orElseThrow().row()).isEqualTo(3);
        assertThat(form.choiceLists().keySet()).containsExactly("roles", "agree5", "supports");
    }

    @Test
    void expressionsEvaluateAgainstAnswers() {
        Form form = FormLoader.load(testForm("mini"));
        Question other = form.question("other_support").orElseThrow();
        Question supports = form.question("supports").orElseThrow();
        assertThat(other.relevant().test(Map.of("supports", "supervision other")::get, null)).isTrue();
        assertThat(other.relevant().test(Map.of("supports", "supervision")::get, null)).isFalse();
        assertThat(supports.relevant().test(Map.of("role", "sw")::get, null)).isTrue();
        assertThat(supports.relevant().test(Map.<String, String>of()::get, null)).isFalse();
        Question leader = form.question("is_leader").orElseThrow();
        assertThat(leader.calculation().evaluate(Map.of("role", "tm")::get, null)).isEqualTo(1.0);
    }

    @Test
    void theSourceLoadsBackToAnEqualForm() {
        Form form = FormLoader.load(testForm("mini"));
        assertThat(form.source().text()).startsWith(FormSources.MAGIC + "\n=== survey.csv ");
        assertThat(form.source().sha256()).hasSize(64).isEqualTo(FormSources.sha256(form.source().text()));
        Form again = FormLoader.fromSource(form.source().text());
        assertThat(again).isEqualTo(form);
        assertThat(again.source()).isEqualTo(form.source());
    }
}
