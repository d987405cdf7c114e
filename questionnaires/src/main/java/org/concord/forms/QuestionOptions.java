package org.concord.forms;

import org.concord.forms.expr.Expression;

/**
 * The less common columns of a question row. Immutable.
 *
 * @param orOther      true for {@code select_one L or_other}: the list gains an "Other" choice and the form a text
 *                     question {@code NAME_other} shown when it is chosen
 * @param defaultValue the {@code default} column: the answer a new participant starts with, or null
 * @param dynamicDefault the {@code default} when it is an expression ({@code today()}, {@code ${other}}), or null
 * @param readOnly     the {@code read_only} expression, or null: a read-only question shows its value, takes none
 * @param trigger      the {@code trigger} column: the name of the question whose change recomputes this one, or null
 * @param choiceFilter the {@code choice_filter} expression, evaluated for each choice, or null
 * @param range        the start, end and step of a {@code range} question, or null
 * @param shuffle      for a select with {@code parameters} {@code randomize=true}: how its answers are shuffled, or
 *                     null for the choices sheet's order
 */
public record QuestionOptions(boolean orOther, String defaultValue, Expression dynamicDefault, Expression readOnly,
                              String trigger, Expression choiceFilter, Range range, Shuffle shuffle) {
    /** No options. */
    public static final QuestionOptions NONE = new QuestionOptions(false, null, null, null, null, null, null, null);

    /**
     * A select's {@code randomize=true}: its answers in an order drawn once per participant, or, with a number as
     * {@code seed}, in the one order that seed gives (the same for every participant).
     *
     * @param seed the fixed seed, or null for the participant's own
     */
    public record Shuffle(Long seed) {
    }

    /**
     * The {@code parameters} of a {@code range} question.
     *
     * @param start the lowest value
     * @param end   the highest value
     * @param step  the step between values
     */
    public record Range(java.math.BigDecimal start, java.math.BigDecimal end, java.math.BigDecimal step) {
        /** True when every value of the range is a whole number. */
        public boolean isInteger() {
            return start.stripTrailingZeros().scale() <= 0 && step.stripTrailingZeros().scale() <= 0;
        }
    }
}
