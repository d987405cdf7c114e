package org.concord.forms;

/** The XLSForm question types Concord supports; anything else is refused by name when a form loads. */
public enum QuestionType {
    SELECT_ONE("select_one"),
    SELECT_MULTIPLE("select_multiple"),
    INTEGER("integer"),
    DECIMAL("decimal"),
    TEXT("text"),
    NOTE("note"),
    ACKNOWLEDGE("acknowledge"),
    CALCULATE("calculate");

    private final String xlsformName;

    QuestionType(String xlsformName) {
        this.xlsformName = xlsformName;
    }

    /** The name used in the XLSForm {@code type} column. */
    public String xlsformName() {
        return xlsformName;
    }

    /** True for types that take a choice list ({@code select_one L}, {@code select_multiple L}). */
    public boolean hasChoices() {
        return this == SELECT_ONE || this == SELECT_MULTIPLE;
    }

    /** True for types that a participant answers (not notes or calculations). */
    public boolean isAnswerable() {
        return this != NOTE && this != CALCULATE;
    }
}
