package org.concord.session;

import java.util.regex.Matcher;
import org.concord.forms.expr.Answers;
import org.concord.forms.validation.XlsFormNames;

/**
 * Fills the {@code ${name}} references of a label or hint with the answers, as ODK shows them (pyxform writes each as
 * an {@code <output>} of the question's value): the stored value (a choice's name, a date as ISO-8601), empty when
 * there is none; inside a repeat instance, that instance's answer. The references are those the form's check reads.
 */
final class TextFill {
    private TextFill() {
    }

    static String fill(String text, Answers answers) {
        if (text.indexOf("${") < 0) {
            return text;
        }
        Matcher m = XlsFormNames.TEXT_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = answers.get(m.group(1).strip());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
