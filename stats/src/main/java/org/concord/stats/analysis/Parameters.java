package org.concord.stats.analysis;

import java.util.List;
import org.concord.stats.input.InputFile;

/**
 * Everything that decides an analysis's result, recorded in the JSON and the Method sheet.
 *
 * @param concordVersion the Concord version that ran it
 * @param formId         the form's {@code form_id}
 * @param formVersion    the form's {@code version}
 * @param formSha256     SHA-256 of the form's canonical text, or null when unknown
 * @param inputs         every input file with its SHA-256 (responses, study files, rates, form)
 * @param ratesShape     {@code tidy} or {@code dfe}
 * @param rateColumn     the rate column used
 * @param yearFrom       first year of the trend window
 * @param yearTo         last year of the trend window
 * @param stableBand     the band in % a year within which a trend is stable
 * @param index          the compared index
 * @param minLeaders     leaders an LA needs
 * @param minWorkers     workers an LA needs
 * @param seed           the seed of every random step
 * @param permutations   Monte Carlo permutations (when enumeration is too large)
 * @param bootstrap      bootstrap resamples
 */
public record Parameters(String concordVersion, String formId, String formVersion, String formSha256,
                         List<InputFile> inputs, String ratesShape, String rateColumn, int yearFrom, int yearTo,
                         double stableBand, String index, int minLeaders, int minWorkers, long seed,
                         int permutations, int bootstrap) {
    public Parameters {
        inputs = List.copyOf(inputs);
    }

    /** The trend window as written on the command line, e.g. {@code 2016-2020}. */
    public String years() {
        return yearFrom + "-" + yearTo;
    }
}
