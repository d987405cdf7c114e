package org.concord.stats.analysis;

import java.util.concurrent.CancellationException;

/**
 * Where a long analysis has got to, and whether its caller wants it to stop. Called on the analysing thread; an
 * implementation that updates a window hands the figures to that window's thread itself.
 */
public interface Progress {
    /** Stage names reported by {@link Analysis#run(org.concord.stats.input.ResponseSet,
     * org.concord.stats.input.Rates, AnalysisOptions, String, java.util.List, Progress)}, in order. */
    String READING = "reading";
    /** Fitting each LA's trend. */
    String TRENDS = "trends";
    /** Computing each LA's agreement indices. */
    String INDICES = "indices";
    /** Comparing falling with rising LAs (the permutation test and the bootstrap take most of the time). */
    String COMPARISON = "comparison";
    /** Building the item table. */
    String ITEMS = "items";

    /** No reporting and never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void step(String stage, double fraction) {
            // nothing to report to
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** The analysis is in {@code stage}, {@code fraction} (0..1) of the whole run done. */
    void step(String stage, double fraction);

    /** True once the caller wants the run to stop. */
    boolean cancelled();

    /** Throws {@link CancellationException} when {@link #cancelled()}. */
    default void check() {
        if (cancelled()) {
            throw new CancellationException("analysis cancelled");
        }
    }
}
