package org.concord.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.forms.expr.Answers;

/**
 * Fills the {@code ${name}} references of a label or hint with the answers, as ODK shows them (pyxform writes each as
 * an {@code <output>} of the question's value): the stored value (a choice's name, a date as ISO-8601), empty when
 * there is none; inside a repeat instance, that instance's answer.
 */
final class TextFill {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{\\s*([^}\\s]+)\\s*}");

    private TextFill() {
    }

    static String fill(String text, Answers answers) {
        if (text.indexOf("${") < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = answers.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
