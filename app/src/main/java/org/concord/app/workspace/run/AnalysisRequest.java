package org.concord.app.workspace.run;

import java.nio.file.Path;
import java.util.List;
import org.concord.stats.analysis.AnalysisInput;
import org.concord.stats.analysis.AnalysisOptions;

/**
 * What the analyst asked for: the response files (study files {@code *.concord} and long CSVs), the form for the
 * CSVs, the rates file and its rate column, and the options.
 *
 * @param inputs     study files and responses CSVs, in the order chosen
 * @param form       the XLSForm of the CSVs, or null for the form stored in the first study file (else the bundled
 *                   values-agreement form)
 * @param rates      the rates file
 * @param rateColumn the rate column, or null for the file's default
 * @param options    years, band, index, minimum group sizes, seed and resamples
 * @param server     a study on a Concord server analysed beside the files, or null
 */
public record AnalysisRequest(List<Path> inputs, Path form, Path rates, String rateColumn, AnalysisOptions options,
                              AnalysisInput.ServerSource server) {
    public AnalysisRequest {
        inputs = List.copyOf(inputs);
    }

    /** A request of files only. */
    public AnalysisRequest(List<Path> inputs, Path form, Path rates, String rateColumn, AnalysisOptions options) {
        this(inputs, form, rates, rateColumn, options, null);
    }

    /** This request with the server study {@code source} (null: none). */
    public AnalysisRequest withServer(AnalysisInput.ServerSource source) {
        return new AnalysisRequest(inputs, form, rates, rateColumn, options, source);
    }

    /** Whether {@code file} is a study file rather than a CSV. */
    public static boolean isStudy(Path file) {
        return AnalysisInput.isStudy(file);
    }
}
