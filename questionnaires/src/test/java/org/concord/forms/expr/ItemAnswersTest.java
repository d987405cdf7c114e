package org.concord.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A choice being filtered sees its own columns by bare name and the form's answers, nested instances included. */
class ItemAnswersTest {
    /** The form's answers: {@code age} of person 2 of household 3 answered 41. */
    private static final Answers FORM = new Answers() {
        @Override
        public String get(String name) {
            return "region".equals(name) ? "north" : null;
        }

        @Override
        public String indexed(String name, Map<String, Integer> instances) {
            return "age".equals(name) && instances.equals(Map.of("household", 3, "person", 2)) ? "41" : null;
        }
    };

    @Test
    void aChoiceFilterReadsTheFormsAnswersInARepeatInsideARepeat() {
        ItemAnswers choice = new ItemAnswers(FORM, column -> "band".equals(column) ? "40-49" : null, 4);
        Object value = ExpressionParser.parse(
                "indexed-repeat(${age}, ${household}, 3, ${person}, 2)").evaluate(choice, null);
        assertThat(value).as("indexed-repeat over two levels through a filtered choice").isEqualTo("41");
        assertThat(ExpressionParser.parseChoiceFilter("band = '40-49' and ${region} = 'north'").evaluate(choice, null))
                .as("the choice's column and the form's answer").isEqualTo(true);
        assertThat(choice.position()).as("the choice's position").isEqualTo(4);
        assertThat(choice.all("region")).as("answers of the form").isEqualTo(List.of("north"));
    }
}
