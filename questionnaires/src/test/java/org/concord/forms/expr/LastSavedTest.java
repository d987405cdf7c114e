package org.concord.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ${last-saved#q}} parses as a reference named {@code last-saved#q}, which the answers resolve. */
class LastSavedTest {
    @Test
    void aLastSavedReferenceNamesItsQuestion() {
        Expression e = ExpressionParser.parse("concat('Foo: ', ${last-saved#foo}, ${foo})");
        assertThat(e.references()).containsExactly("last-saved#foo", "foo");
        assertThat(LastSaved.question("last-saved#foo")).isEqualTo("foo");
        assertThat(LastSaved.question("foo")).as("an ordinary reference").isNull();
    }

    @Test
    void itIsEvaluatedFromTheAnswersGivenForIt() {
        Map<String, String> answers = Map.of("last-saved#foo", "3", "foo", "5");
        assertThat(ExpressionParser.parse("${last-saved#foo} + 1").evaluate(answers::get, null)).isEqualTo(4.0);
        assertThat(ExpressionParser.parse(". > ${last-saved#foo}").test(answers::get, "4")).isTrue();
        assertThat(ExpressionParser.parse("${last-saved#bar}").evaluate(answers::get, null))
                .as("no previous answer").isEqualTo("");
        assertThat((Double) ExpressionParser.parse("${last-saved#bar} + 1").evaluate(answers::get, null))
                .as("no previous answer plus 1").isNaN();
    }
}
