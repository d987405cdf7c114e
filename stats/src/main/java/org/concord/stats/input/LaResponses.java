package org.concord.stats.input;

/**
 * The answers of one LA's respondents to the values items, reverse-scored: rows respondents, columns values items in
 * form order, {@code NaN} where unanswered.
 *
 * @param code       the LA code as in the responses
 * @param name       the LA name from an {@code la_name} column or the study file, or null
 * @param leaders    one row per leader
 * @param workers    one row per worker
 */
public record LaResponses(String code, String name, double[][] leaders, double[][] workers) {
    /** The number of leaders. */
    public int nLeaders() {
        return leaders.length;
    }

    /** The number of workers. */
    public int nWorkers() {
        return workers.length;
    }
}
