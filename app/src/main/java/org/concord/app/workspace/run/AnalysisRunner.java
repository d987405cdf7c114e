package org.concord.app.workspace.run;

import org.concord.app.Version;
import org.concord.common.InputException;
import org.concord.stats.analysis.AnalysisInput;
import org.concord.stats.analysis.AnalysisReader;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.Progress;

/**
 * Runs a request's analysis through {@link AnalysisReader}, as {@code concord analyse} does (same form choice, same
 * checks, same defaults), with progress and cancellation. No Swing: it runs on the background thread. Every problem
 * of every input is thrown at once.
 */
public final class AnalysisRunner {
    private AnalysisRunner() {
    }

    /** Reads the inputs and runs the analysis; throws {@link InputException} with every problem of the inputs. */
    public static AnalysisResult run(AnalysisRequest request, Progress progress) {
        AnalysisInput input = AnalysisInput.builder().files(request.inputs())
                .form(request.form() == null ? null : request.form().toString())
                .rates(request.rates(), request.rateColumn()).options(request.options()).version(Version.get())
                .shortNames(true).server(request.server()).build();
        return AnalysisReader.run(input, progress);
    }
}
