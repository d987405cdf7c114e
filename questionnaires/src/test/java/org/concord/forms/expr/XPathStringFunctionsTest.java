package org.concord.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * XPath 1.0's string functions that real forms use ({@code normalize-space}, {@code translate},
 * {@code substring-before}, {@code substring-after}), each checked against the JDK's own XPath 1.0 engine
 * ({@code javax.xml.xpath}) as the reference, on literal text, and once on answers.
 */
class XPathStringFunctionsTest {
    private static final List<String> LITERAL = List.of(
            "normalize-space('  Ann \t  Jones \n ')", "normalize-space('')", "normalize-space('one')",
            "translate('bar', 'abc', 'ABC')", "translate('--aaa--', 'abc-', 'ABC')", "translate('café', 'é', 'e')",
            "translate('Hello', 'lo', '')", "substring-before('1999/04/01', '/')", "substring-after('1999/04/01', '/')",
            "substring-after('abc', 'x')", "substring-before('abc', 'x')", "substring-before('abc', '')",
            "substring-after('abc', '')", "concat(substring-before('a=b', '='), '|', substring-after('a=b', '='))");

    private static String reference(String expression) throws Exception {
        Document empty = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        return XPathFactory.newInstance().newXPath().evaluate("string(" + expression + ")", empty);
    }

    private static String concord(String expression, Answers answers, String self) {
        return Values.toText(ExpressionParser.parse(expression).evaluate(answers, self));
    }

    @Test
    void literalTextAsTheJdksXPathEngine() throws Exception {
        for (String expression : LITERAL) {
            assertThat(concord(expression, name -> null, null)).as(expression).isEqualTo(reference(expression));
        }
    }

    @Test
    void onAnswersAndOnTheQuestionItself() {
        Map<String, String> values = Map.of("full", "  Ann   Jones ", "code", "GB-CYM");
        Answers answers = values::get;
        assertThat(concord("normalize-space(${full})", answers, null)).isEqualTo("Ann Jones");
        assertThat(concord("normalize-space()", answers, " a  b ")).as("no argument: the question's own value")
                .isEqualTo("a b");
        assertThat(concord("substring-after(${code}, '-')", answers, null)).isEqualTo("CYM");
        assertThat(concord("translate(${code}, '-', '_')", answers, null)).isEqualTo("GB_CYM");
        assertThat(ExpressionParser.parse("normalize-space(${full}) != ''").references()).containsExactly("full");
    }
}
