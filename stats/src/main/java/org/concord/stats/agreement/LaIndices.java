package org.concord.stats.agreement;

import java.util.List;

/**
 * Worker-leader agreement indices of one LA (design, "Per-LA indices"); each is null when undefined.
 *
 * @param personMad   mean over workers of the mean absolute deviation from the leaders' item means (lower = closer)
 * @param personD2    mean over workers of the summed squared deviation from the leaders' item means
 * @param groupMad    mean over items of |worker mean - leader mean|
 * @param groupD      Euclidean distance between the worker and leader item-mean profiles
 * @param profileR    Pearson correlation of the worker and leader item-mean profiles
 * @param rwgJ        James, Demaree and Wolf r_wg(j) over all respondents, as multilevel's {@code rwg.j}
 * @param rwgJLindell Lindell's r*_wg(j), as multilevel's {@code rwg.j.lindell}
 * @param adMean      average deviation from the item mean, as multilevel's {@code ad.m(type = "mean")}
 */
public record LaIndices(Double personMad, Double personD2, Double groupMad, Double groupD, Double profileR,
                        Double rwgJ, Double rwgJLindell, Double adMean) {

    /** The snake_case index names, in the order of the record components (as in the JSON and {@code --index}). */
    public static final List<String> NAMES = List.of(
            "person_mad", "person_d2", "group_mad", "group_d", "profile_r", "rwg_j", "rwg_j_lindell", "ad_mean");

    /** An LA for which no index is defined. */
    public static final LaIndices UNDEFINED = new LaIndices(null, null, null, null, null, null, null, null);

    /**
     * The value of the index with the given snake_case name (null when undefined).
     *
     * @throws IllegalArgumentException if the name is not one of {@link #NAMES}
     */
    public Double get(String indexName) {
        return switch (indexName) {
            case "person_mad" -> personMad;
            case "person_d2" -> personD2;
            case "group_mad" -> groupMad;
            case "group_d" -> groupD;
            case "profile_r" -> profileR;
            case "rwg_j" -> rwgJ;
            case "rwg_j_lindell" -> rwgJLindell;
            case "ad_mean" -> adMean;
            default -> throw new IllegalArgumentException(
                    "unknown index '" + indexName + "'; use one of " + String.join(", ", NAMES));
        };
    }
}
