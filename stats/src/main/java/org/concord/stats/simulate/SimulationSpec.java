package org.concord.stats.simulate;

import java.util.ArrayList;
import java.util.List;
import org.concord.common.InputException;
import org.concord.common.Problem;

/**
 * The parameters of a synthetic study; every one has a default ({@link #defaults()}). The generative model that uses
 * them is described on {@link StudySimulator} and in the README section "Simulation, demo and power".
 *
 * @param las       number of local authorities
 * @param leaders   leaders per LA
 * @param workers   workers per LA
 * @param missing   probability that a participant leaves a values item (or other optional question) unanswered
 * @param effect    true difference: rising LAs' expected worker-leader distance minus falling LAs', in scale points
 *                  on the latent scale (see {@link StudySimulator})
 * @param gap       expected worker-leader distance of falling LAs, in scale points on the latent scale
 * @param gapSd     SD across LAs of the worker-leader distance around its trend group's expectation
 * @param laSd      SD across LAs of the leaders' latent item means around the national profile
 * @param noise     SD of an individual's answer around their LA role group's latent item mean
 * @param firstYear first year of the rates series
 * @param lastYear  last year of the rates series
 * @param seed      seed of the random number generator
 */
public record SimulationSpec(int las, int leaders, int workers, double missing, double effect, double gap,
                             double gapSd, double laSd, double noise, int firstYear, int lastYear, long seed) {

    /** The largest number of LAs (codes have four digits). */
    public static final int MAX_LAS = 9999;

    /** The defaults: 24 LAs of 4 leaders and 15 workers, 5% missing, effect 0.3, rates 2016-2022, seed 1. */
    public static SimulationSpec defaults() {
        return new SimulationSpec(24, 4, 15, 0.05, 0.3, 0.5, 0.2, 0.4, 0.8, 2016, 2022, 1L);
    }

    /** This spec with another number of LAs. */
    public SimulationSpec withLas(int n) {
        return new SimulationSpec(n, leaders, workers, missing, effect, gap, gapSd, laSd, noise, firstYear, lastYear,
                seed);
    }

    /** This spec with other numbers of leaders and workers per LA. */
    public SimulationSpec withRespondents(int leadersPerLa, int workersPerLa) {
        return new SimulationSpec(las, leadersPerLa, workersPerLa, missing, effect, gap, gapSd, laSd, noise,
                firstYear, lastYear, seed);
    }

    /** This spec with another true difference. */
    public SimulationSpec withEffect(double trueDifference) {
        return new SimulationSpec(las, leaders, workers, missing, trueDifference, gap, gapSd, laSd, noise, firstYear,
                lastYear, seed);
    }

    /** This spec with another missing-answer rate. */
    public SimulationSpec withMissing(double rate) {
        return new SimulationSpec(las, leaders, workers, rate, effect, gap, gapSd, laSd, noise, firstYear, lastYear,
                seed);
    }

    /** This spec with another seed. */
    public SimulationSpec withSeed(long newSeed) {
        return new SimulationSpec(las, leaders, workers, missing, effect, gap, gapSd, laSd, noise, firstYear,
                lastYear, newSeed);
    }

    /** The number of years in the rates series. */
    public int years() {
        return lastYear - firstYear + 1;
    }

    /**
     * Checks every parameter and throws one {@link InputException} naming each bad one (as the option a user typed,
     * e.g. {@code --las}) with its allowed range.
     */
    public SimulationSpec validate() {
        List<Problem> problems = new ArrayList<>();
        check(problems, las >= 1 && las <= MAX_LAS, "--las", "must be between 1 and " + MAX_LAS + ", was " + las);
        check(problems, leaders >= 1 && leaders <= 10_000, "--leaders",
                "must be between 1 and 10000 leaders per LA, was " + leaders);
        check(problems, workers >= 1 && workers <= 10_000, "--workers",
                "must be between 1 and 10000 workers per LA, was " + workers);
        check(problems, missing >= 0 && missing < 1, "--missing",
                "must be a rate from 0 up to (not including) 1, e.g. 0.05, was " + missing);
        check(problems, gap >= 0 && gap <= 4, "--gap", "must be between 0 and 4 scale points, was " + gap);
        check(problems, Double.isFinite(effect) && gap + effect >= 0 && Math.abs(effect) <= 4, "--effect",
                "must be at most 4 in size and --gap + --effect must not be negative (gap " + gap + "), was "
                        + effect);
        check(problems, gapSd >= 0 && gapSd <= 4, "--gap-sd", "must be between 0 and 4 scale points, was " + gapSd);
        check(problems, laSd >= 0 && laSd <= 4, "--la-sd", "must be between 0 and 4 scale points, was " + laSd);
        check(problems, noise >= 0 && noise <= 4, "--noise", "must be between 0 and 4 scale points, was " + noise);
        check(problems, firstYear >= 1900 && lastYear <= 2200 && lastYear - firstYear >= 2
                        && lastYear - firstYear <= 20, "--years",
                "must be FROM-TO with 3 to 21 years between 1900 and 2200, e.g. 2016-2022, was "
                        + firstYear + "-" + lastYear);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return this;
    }

    private static void check(List<Problem> problems, boolean ok, String option, String message) {
        if (!ok) {
            problems.add(new Problem(null, null, 0, null, option + " " + message));
        }
    }
}
