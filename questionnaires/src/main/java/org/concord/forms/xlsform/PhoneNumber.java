package org.concord.forms.xlsform;

import org.concord.forms.Language;
import org.concord.forms.LocalizedText;
import org.concord.forms.Question;
import org.concord.forms.expr.ExpressionParser;

/** pyxform's {@code phone number} type: a text of digits, with its hint unless the row gives one. */
final class PhoneNumber {
    private PhoneNumber() {
    }

    static Question of(Question q) {
        LocalizedText hint = q.hint().isBlank() ? LocalizedText.of(Language.DEFAULT_CODE, "Enter numbers only.")
                : q.hint();
        var constraint = q.constraint() != null ? q.constraint() : ExpressionParser.parse("regex(., '^\\d*$')");
        return new Question(q.name(), q.type(), null, q.label(), hint, q.required(), q.requiredMessage(),
                q.relevant(), constraint, q.constraintMessage(), q.appearance(), q.calculation(), q.domain(),
                q.reverse(), q.row(), q.options());
    }
}
