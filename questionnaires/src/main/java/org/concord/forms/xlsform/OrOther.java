package org.concord.forms.xlsform;

import org.concord.forms.Language;
import org.concord.forms.LocalizedText;
import org.concord.forms.Question;
import org.concord.forms.QuestionOptions;
import org.concord.forms.QuestionType;
import org.concord.forms.expr.ExpressionParser;

/**
 * {@code select_one L or_other}, as pyxform builds it: the list shows an extra choice {@code other} ("Other") and the
 * form gains a text question {@code NAME_other} ("Specify other.") that is relevant when {@code other} is chosen.
 */
public final class OrOther {
    /** The name of the choice that or_other adds. */
    public static final String CHOICE = "other";

    private OrOther() {
    }

    /** The label of the added choice (pyxform's, in every language). */
    public static LocalizedText choiceLabel() {
        return LocalizedText.of(Language.DEFAULT_CODE, "Other");
    }

    /** The text question that follows a select with or_other. */
    static Question textQuestion(Question select) {
        String name = select.name() + "_other";
        return new Question(name, QuestionType.TEXT, null, LocalizedText.of(Language.DEFAULT_CODE, "Specify other."),
                LocalizedText.EMPTY, null, LocalizedText.EMPTY,
                ExpressionParser.parse("selected(${" + select.name() + "}, '" + CHOICE + "')"), null,
                LocalizedText.EMPTY, "", null, null, false, select.row(), QuestionOptions.NONE);
    }
}
