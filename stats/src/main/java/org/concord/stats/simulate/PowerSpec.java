package org.concord.stats.simulate;

import java.util.ArrayList;
import java.util.List;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.stats.agreement.LaIndices;

/**
 * What a power estimate simulates and tests.
 *
 * @param study        the study design and assumed true difference; replication r uses seed {@code study.seed() + r}
 * @param replications number of simulated studies
 * @param alpha        significance level of the two-sided tests
 * @param permutations Monte Carlo resamples of the permutation test when exact enumeration is too large
 * @param index        the agreement index compared (snake_case, as {@code --index}), e.g. {@code person_mad}
 * @param stableBand   {@code --stable-band}: the trend band (percent a year) used to classify the simulated rates
 */
public record PowerSpec(SimulationSpec study, int replications, double alpha, int permutations, String index,
                        double stableBand) {

    /** 500 replications at alpha 0.05, 1,999 permutations, {@code person_mad}, band 2. */
    public static PowerSpec of(SimulationSpec study) {
        return new PowerSpec(study, 500, 0.05, 1999, "person_mad", 2.0);
    }

    /** This spec with another number of replications. */
    public PowerSpec withReplications(int n) {
        return new PowerSpec(study, n, alpha, permutations, index, stableBand);
    }

    /** Checks every parameter and throws one {@link InputException} naming each bad option. */
    public PowerSpec validate() {
        List<Problem> problems = new ArrayList<>();
        try {
            study.validate();
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (study.las() == 1) { // 0 and below are refused by the study's own check
            problems.add(problem("--las " + study.las() + " is too few for a power estimate: the tests compare LAs"
                    + " with falling and rising rates, so a study needs at least 2 LAs (and about "
                    + lasNeeded(alpha) + " for any test to reach p <= " + alpha + ")"));
        }
        if (study.leaders() < PowerPlanner.MIN_LEADERS) {
            problems.add(problem("--leaders " + study.leaders() + " is too few: the analysis compares only LAs with"
                    + " at least " + PowerPlanner.MIN_LEADERS + " leaders, so no LA would enter the comparison"));
        }
        if (study.workers() < PowerPlanner.MIN_WORKERS) {
            problems.add(problem("--workers " + study.workers() + " is too few: the analysis compares only LAs with"
                    + " at least " + PowerPlanner.MIN_WORKERS + " workers, so no LA would enter the comparison"));
        }
        if (replications < 1 || replications > 1_000_000) {
            problems.add(problem("--replications must be between 1 and 1000000, was " + replications));
        }
        if (!(alpha > 0 && alpha < 1)) {
            problems.add(problem("--alpha must be between 0 and 1 (exclusive), e.g. 0.05, was " + alpha));
        }
        if (permutations < 1) {
            problems.add(problem("--permutations must be at least 1, was " + permutations));
        }
        if (!LaIndices.NAMES.contains(index)) {
            problems.add(problem("--index " + index + " is not an index; use one of "
                    + String.join(", ", LaIndices.NAMES)));
        }
        if (!(stableBand >= 0)) {
            problems.add(problem("--stable-band must be 0 or more percent a year, was " + stableBand));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return this;
    }

    /**
     * A warning when the design cannot give any power: with the balanced trends of the simulation (a third of the LAs
     * falling, a third rising) the smallest two-sided p an exact rank or permutation test can give, 2 / C(m + n, m),
     * is above {@code alpha}. Null when it is not.
     */
    public String warning() {
        int falling = fallingLas(study.las());
        int rising = risingLas(study.las());
        double smallest = smallestP(falling, rising);
        if (smallest <= alpha) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "with about %d falling and %d rising LAs the smallest p any test"
                + " can give is %.3f, above --alpha %s, so the power is 0 whatever the difference; plan at least %d"
                + " LAs", falling, rising, smallest, alpha, lasNeeded(alpha));
    }

    /** The LAs with falling rates in a simulation of {@code las} LAs: a third, plus the first of the remainder. */
    static int fallingLas(int las) {
        return las / 3 + (las % 3 >= 1 ? 1 : 0);
    }

    /** The LAs with rising rates: a third, plus the second of the remainder. */
    static int risingLas(int las) {
        return las / 3 + (las % 3 == 2 ? 1 : 0);
    }

    /** The smallest two-sided p of an exact two-sample rank or permutation test: 2 / C(m + n, m), at most 1. */
    static double smallestP(int m, int n) {
        if (m == 0 || n == 0) {
            return 1;
        }
        double ways = 1;
        for (int i = 1; i <= m; i++) {
            ways = ways * (n + i) / i;
        }
        return Math.min(1, 2 / ways);
    }

    /** The fewest LAs whose balanced simulation can reach p <= alpha. */
    static int lasNeeded(double alpha) {
        for (int las = 2; las < 10_000; las++) {
            if (smallestP(fallingLas(las), risingLas(las)) <= alpha) {
                return las;
            }
        }
        return 10_000;
    }

    private static Problem problem(String message) {
        return new Problem(null, null, 0, null, message);
    }
}
