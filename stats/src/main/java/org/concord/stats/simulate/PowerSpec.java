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

    private static Problem problem(String message) {
        return new Problem(null, null, 0, null, message);
    }
}
