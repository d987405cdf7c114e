package org.concord.stats.analysis;

/**
 * The options of {@code concord analyse} (design, "Command line"), with the defaults of the design.
 *
 * @param yearFrom     first year of the trend window, or null for the default (the last 5 years of the rates file)
 * @param yearTo       last year of the trend window, or null for the default
 * @param stableBand   {@code --stable-band}, % a year
 * @param index        {@code --index}
 * @param minLeaders   {@code --min-leaders}
 * @param minWorkers   {@code --min-workers}
 * @param seed         {@code --seed}
 * @param permutations {@code --permutations}
 * @param bootstrap    {@code --bootstrap}
 * @param factors      {@code --factors}, or null for the number of domains
 */
public record AnalysisOptions(Integer yearFrom, Integer yearTo, double stableBand, String index, int minLeaders,
                              int minWorkers, long seed, int permutations, int bootstrap, Integer factors) {
    /** The options without {@code --factors} (the number of domains). */
    public AnalysisOptions(Integer yearFrom, Integer yearTo, double stableBand, String index, int minLeaders,
                           int minWorkers, long seed, int permutations, int bootstrap) {
        this(yearFrom, yearTo, stableBand, index, minLeaders, minWorkers, seed, permutations, bootstrap, null);
    }

    /** Years in the default trend window. */
    public static final int DEFAULT_WINDOW = 5;

    /** The defaults of the design: last 5 years, band 2, person_mad, 2 leaders, 3 workers, seed 1, 99,999, 9,999. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(null, null, 2.0, Indices.DEFAULT, 2, 3, 1L, 99_999, 9_999);
    }

    /** The same options with another trend window. */
    public AnalysisOptions withYears(Integer from, Integer to) {
        return new AnalysisOptions(from, to, stableBand, index, minLeaders, minWorkers, seed, permutations, bootstrap,
                factors);
    }

    /** The same options with another compared index. */
    public AnalysisOptions withIndex(String name) {
        return new AnalysisOptions(yearFrom, yearTo, stableBand, name, minLeaders, minWorkers, seed, permutations,
                bootstrap, factors);
    }

    /** The same options with other resampling settings. */
    public AnalysisOptions withResampling(long newSeed, int newPermutations, int newBootstrap) {
        return new AnalysisOptions(yearFrom, yearTo, stableBand, index, minLeaders, minWorkers, newSeed,
                newPermutations, newBootstrap, factors);
    }

    /** The same options with another number of factors (null: the number of domains). */
    public AnalysisOptions withFactors(Integer newFactors) {
        return new AnalysisOptions(yearFrom, yearTo, stableBand, index, minLeaders, minWorkers, seed, permutations,
                bootstrap, newFactors);
    }
}
