package org.concord.forms;

import org.concord.forms.expr.Expression;

/**
 * One question row of the {@code survey} sheet.
 *
 * @param name              XLSForm name
 * @param type              the type
 * @param listName          the choice list of a select, else null
 * @param label             label in each language
 * @param hint              hint in each language
 * @param required          the {@code required} expression ({@code yes} parses to true), or null when optional
 * @param requiredMessage   {@code required_message} in each language
 * @param relevant          {@code relevant} expression or null
 * @param constraint        {@code constraint} expression or null
 * @param constraintMessage {@code constraint_message} in each language
 * @param appearance        {@code appearance} column or empty
 * @param calculation       {@code calculation} expression of a {@code calculate}, else null
 * @param domain            Concord's {@code domain} column: non-null marks a values item
 * @param reverse           Concord's {@code reverse} column: true when reverse-keyed
 * @param row               1-based row of the {@code survey} sheet
 * @param options           the less common columns ({@code or_other}, {@code default}, {@code read_only}, ...)
 */
public record Question(String name, QuestionType type, String listName, LocalizedText label, LocalizedText hint,
                       Expression required, LocalizedText requiredMessage, Expression relevant,
                       Expression constraint, LocalizedText constraintMessage, String appearance,
                       Expression calculation, String domain, boolean reverse, int row, QuestionOptions options)
        implements Node {

    public Question {
        options = options == null ? QuestionOptions.NONE : options;
    }

    /** A question without the less common columns. */
    public Question(String name, QuestionType type, String listName, LocalizedText label, LocalizedText hint,
                    Expression required, LocalizedText requiredMessage, Expression relevant, Expression constraint,
                    LocalizedText constraintMessage, String appearance, Expression calculation, String domain,
                    boolean reverse, int row) {
        this(name, type, listName, label, hint, required, requiredMessage, relevant, constraint, constraintMessage,
                appearance, calculation, domain, reverse, row, QuestionOptions.NONE);
    }

    /** This question under another name and label (a repeated question's instance, as stored or exported). */
    public Question renamed(String newName, LocalizedText newLabel) {
        return new Question(newName, type, listName, newLabel, hint, required, requiredMessage, relevant, constraint,
                constraintMessage, appearance, calculation, domain, reverse, row, options);
    }

    /** True when this is a values item: a {@code select_one} with a {@code domain}. */
    public boolean isValuesItem() {
        return domain != null && !domain.isEmpty() && type == QuestionType.SELECT_ONE;
    }
}
