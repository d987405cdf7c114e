package org.concord.stats.inference;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * Seeded random streams. Every random step uses commons-math3 3.6.1's {@link MersenneTwister} (MT19937) seeded
 * with {@code {seed >>> 32, seed & 0xffffffff, stream}}, so that the permutation test and the bootstrap draw from
 * independent streams and the same {@code --seed} always gives the same numbers.
 */
final class Rngs {

    /** Stream of the Monte Carlo permutation test. */
    static final int PERMUTATION = 1;
    /** Stream of the stratified bootstrap. */
    static final int BOOTSTRAP = 2;

    private Rngs() {
    }

    static MersenneTwister stream(long seed, int stream) {
        return new MersenneTwister(new int[] {(int) (seed >>> 32), (int) seed, stream});
    }
}
