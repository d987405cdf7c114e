package org.concord.stats.analysis;

import java.util.List;

/** The names of the per-LA agreement indices, in the order of the design's JSON. */
public final class Indices {
    /** Every index name; {@code person_mad} is the default compared index. */
    public static final List<String> NAMES = List.of("person_mad", "person_d2", "group_mad", "group_d", "profile_r",
            "rwg_j", "rwg_j_lindell", "ad_mean");
    /** The default compared index. */
    public static final String DEFAULT = "person_mad";

    private Indices() {
    }

    /** True for the agreement indices where a higher value means closer agreement (the others are distances). */
    public static boolean higherIsCloser(String name) {
        return name.equals("profile_r") || name.startsWith("rwg_j");
    }
}
