package org.concord.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {
    private final Map<String, String> answers = new HashMap<>();

    private Object eval(String source) {
        return ExpressionParser.parse(source).evaluate(answers::get, null);
    }

    private boolean test(String source, String self) {
        return ExpressionParser.parse(source).test(answers::get, self);
    }

    @Test
    void arithmeticFollowsXPathPrecedence() {
        assertThat(eval("1 + 2 * 3")).isEqualTo(7.0);
        assertThat(eval("(1 + 2) * 3")).isEqualTo(9.0);
        assertThat(eval("10 - 4 - 3")).isEqualTo(3.0);
        assertThat(eval("7 div 2")).isEqualTo(3.5);
        assertThat(eval("7 mod 3")).isEqualTo(1.0);
        assertThat(eval("-2 * 3")).isEqualTo(-6.0);
        assertThat(eval("2 - -1")).isEqualTo(3.0);
        assertThat(eval("8 div 2 div 2")).isEqualTo(2.0);
        assertThat(eval(".5 + 1")).isEqualTo(1.5);
    }

    @Test
    void comparisonBindsTighterThanAndWhichBindsTighterThanOr() {
        assertThat(eval("1 = 1 or 1 = 2 and 1 = 3")).isEqualTo(true);
        assertThat(eval("(1 = 1 or 1 = 2) and 1 = 3")).isEqualTo(false);
        assertThat(eval("1 + 1 = 2")).isEqualTo(true);
        assertThat(eval("1 < 2 = 1 < 3")).isEqualTo(true);
        assertThat(eval("not(1 > 2) and 3 >= 3 and 2 <= 1 or 4 != 5")).isEqualTo(true);
    }

    @Test
    void comparesNumericallyWhenBothSidesAreNumbers() {
        answers.put("years", "10");
        assertThat(eval("${years} > 9")).isEqualTo(true);
        assertThat(eval("${years} = 10.0")).isEqualTo(true);
        assertThat(eval("${years} = '10.0'")).isEqualTo(true);
        assertThat(eval("'abc' = 'abc'")).isEqualTo(true);
        assertThat(eval("'10' < '9'")).isEqualTo(false);
        assertThat(eval("'b' > 'a'")).isEqualTo(true);
        assertThat(eval("${years} + 1")).isEqualTo(11.0);
    }

    @Test
    void unansweredIsTheEmptyString() {
        assertThat(eval("${missing}")).isEqualTo("");
        assertThat(eval("${missing} = ''")).isEqualTo(true);
        assertThat(eval("${missing} = 0")).isEqualTo(false);
        assertThat(eval("${missing} != 0")).isEqualTo(true);
        assertThat(eval("${missing} > 1")).isEqualTo(false);
        assertThat(eval("${missing} < 1")).isEqualTo(false);
        assertThat((Double) eval("${missing} + 1")).isNaN();
        assertThat(test("${missing}", null)).isFalse();
        assertThat(eval("string-length(${missing})")).isEqualTo(0.0);
        assertThat(eval("count-selected(${missing})")).isEqualTo(0.0);
    }

    @Test
    void booleanConversionFollowsXPath() {
        assertThat(test("0", null)).isFalse();
        assertThat(test("1", null)).isTrue();
        assertThat(test("'0'", null)).isTrue();
        assertThat(test("''", null)).isFalse();
        assertThat(test("0 div 0", null)).isFalse();
        assertThat(eval("true() = 1")).isEqualTo(true);
        assertThat(eval("false() = ''")).isEqualTo(true);
    }

    @Test
    void selectedLooksAtSpaceSeparatedChoices() {
        answers.put("supports", "supervision  other ");
        assertThat(eval("selected(${supports}, 'other')")).isEqualTo(true);
        assertThat(eval("selected(${supports}, 'oth')")).isEqualTo(false);
        assertThat(eval("selected(${missing}, 'other')")).isEqualTo(false);
        assertThat(eval("count-selected(${supports})")).isEqualTo(2.0);
        answers.put("n", "3");
        assertThat(eval("selected('1 2 3', ${n})")).isEqualTo(true);
    }

    @Test
    void selfIsTheValueBeingChecked() {
        Expression constraint = ExpressionParser.parse(". >= 0 and . <= 60");
        assertThat(constraint.test(answers::get, "12")).isTrue();
        assertThat(constraint.test(answers::get, "61")).isFalse();
        assertThat(constraint.test(answers::get, null)).isFalse();
    }

    @Test
    void functions() {
        answers.put("role", "tm");
        assertThat(eval("if(${role} = 'tm', 'leader', 'worker')")).isEqualTo("leader");
        assertThat(eval("if(${role} = 'sw', 1, 0)")).isEqualTo(0.0);
        assertThat(eval("string-length('Cymraeg ŵ')")).isEqualTo(9.0);
        assertThat(eval("regex('AB12', '^[A-Z]{2}[0-9]+$')")).isEqualTo(true);
        assertThat(eval("regex('ab12', '^[A-Z]{2}')")).isEqualTo(false);
        assertThat(eval("coalesce(${missing}, ${role})")).isEqualTo("tm");
        assertThat(eval("coalesce(${role}, 'x')")).isEqualTo("tm");
    }

    @Test
    void numbersPrintAsXPathStrings() {
        assertThat(Values.toText(3.0)).isEqualTo("3");
        assertThat(Values.toText(2.5)).isEqualTo("2.5");
        assertThat(Values.toText(Double.NaN)).isEqualTo("NaN");
        assertThat(eval("1 + 2 = '3'")).isEqualTo(true);
    }

    @Test
    void collectsReferencesAndKeepsSource() {
        Expression e = ExpressionParser.parse("selected(${a}, 'x') and ${b} > ${a}");
        assertThat(e.references()).containsExactly("a", "b");
        assertThat(e.source()).isEqualTo("selected(${a}, 'x') and ${b} > ${a}");
    }

    @Test
    void equalSourcesParseToEqualTrees() {
        assertThat(ExpressionParser.parse("regex(., '^a') or ${x} = 1"))
                .isEqualTo(ExpressionParser.parse("regex(., '^a') or ${x} = 1"));
        assertThat(ExpressionParser.parse("1 + 2")).isNotEqualTo(ExpressionParser.parse("1 - 2"));
    }

    @Test
    void constantsForRequired() {
        Expression yes = ExpressionParser.constant(true, "yes");
        assertThat(yes.test(answers::get, null)).isTrue();
        assertThat(yes.source()).isEqualTo("yes");
        assertThat(yes.references()).isEmpty();
    }

    private static void assertParseError(String source, int position, String message) {
        assertThatThrownBy(() -> ExpressionParser.parse(source))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.column()).isEqualTo(position + 1);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void parseErrorsGiveThePosition() {
        assertParseError("(1 + 2", 6, "expected ')' but found end of expression at character 7");
        assertParseError("${a} = ", 7, "unexpected end of expression: a value is missing at character 8");
        assertParseError("1 + + 2", 4, "unexpected '+': expected a value at character 5");
        assertParseError("${a} = 'x", 7, "unclosed string: missing ' at character 8");
        assertParseError("${a = 1", 0, "unclosed reference: missing '}' at character 1");
        assertParseError("digest('f', 'a') > 1", 0, "function digest() is not supported (supported: "
                        + "not(), selected(), count-selected(), selected-at(), jr:choice-name(), if(), string-length(), "
                        + "normalize-space(), translate(), substring-before(), substring-after(), "
                        + "regex(), coalesce(), concat(), substr(), contains(), starts-with(), ends-with(), string(), "
                        + "number(), int(), round(), floor(), ceiling(), abs(), pow(), sqrt(), boolean-from-string(), "
                        + "once(), today(), now(), random(), date(), decimal-date-time(), format-date(), format-date-time(), "
                        + "sum(), max(), min(), count(), position(), indexed-repeat(), true(), false()) at character 1");
        assertParseError("1 = 1 2", 6, "unexpected '2' at character 7");
        assertParseError("selected(${a})", 0, "selected() takes 2 arguments, not 1 at character 1");
        assertParseError("role = 'x'", 0, "unexpected word 'role' (write a question as ${name} and text in quotes)"
                + " at character 1");
        assertParseError("", 0, "empty expression at character 1");
        assertParseError("1 # 2", 2, "unexpected character '#' at character 3");
        assertParseError("position(../x)", 9, "'..' (parent) paths are not supported; write ${name} at character 10");
        assertParseError("../.. + 1", 0, "'../..' (parent) is only supported in position(..) and position(../..) at "
                + "character 1");
        assertParseError("label::English != ''", 0, "'label::English' names a column with a language, which an "
                + "expression cannot read (XPath, and so ODK, reads '::' as an axis); filter on a column without a "
                + "language, such as name or a column of your own at character 1");
        assertParseError("../x", 0, "'..' (parent) paths are not supported; write ${name} at character 1");
        assertParseError(".. + 1", 0, "'..' (parent) is only supported in position(..) and position(../..) at "
                + "character 1");
        assertParseError("jr:choice-name(${a}, 'a')", 0, "jr:choice-name() takes the question as a quoted "
                + "reference, e.g. jr:choice-name(${q}, '${q}') at character 1");
    }
}
