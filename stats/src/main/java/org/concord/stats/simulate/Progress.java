package org.concord.stats.simulate;

/** Reports progress of long simulation work: {@code done} of {@code total} steps finished. */
@FunctionalInterface
public interface Progress {
    /** Called after each step, on the working thread. */
    void update(int done, int total);
}
