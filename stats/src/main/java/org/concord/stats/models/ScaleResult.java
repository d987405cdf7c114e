package org.concord.stats.models;

import java.util.List;

/**
 * One scale of the Scales table: a domain (or {@code all} values items) for one group of respondents.
 *
 * @param scale the domain, or {@code all}
 * @param group {@code all}, {@code leaders} or {@code workers}
 * @param items the item names, in form order
 * @param stats the reliability figures
 * @param note  why figures are missing, or null
 */
public record ScaleResult(String scale, String group, List<String> items, ScaleStats stats, String note) {
    public ScaleResult {
        items = List.copyOf(items);
    }
}
