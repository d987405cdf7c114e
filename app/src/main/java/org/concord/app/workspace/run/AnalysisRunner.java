package org.concord.app.workspace.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.app.Version;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.stats.analysis.Analysis;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.Progress;
import org.concord.stats.input.InputFile;
import org.concord.stats.input.ItemCoding;
import org.concord.stats.input.Rates;
import org.concord.stats.input.RatesReader;
import org.concord.stats.input.ResponseAccumulator;
import org.concord.stats.input.ResponseSet;
import org.concord.stats.input.ResponsesCsvReader;
import org.concord.stats.input.StudyResponsesReader;

/**
 * Reads a request's files and runs the analysis, as {@code concord analyse} does, with progress and cancellation.
 * No Swing: it runs on the background thread. Every problem of every input is thrown at once.
 */
public final class AnalysisRunner {
    private AnalysisRunner() {
    }

    /** Reads the inputs and runs the analysis; throws {@link InputException} with every problem of the inputs. */
    public static AnalysisResult run(AnalysisRequest request, Progress progress) {
        List<Problem> problems = new ArrayList<>();
        if (request.inputs().isEmpty()) {
            problems.add(Problem.ofFile(null, "no responses chosen; add study files (.concord) or responses CSVs"));
        }
        if (request.rates() == null) {
            problems.add(Problem.ofFile(null, "no rates file chosen; choose the LA rates CSV"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        progress.step(Progress.READING, 0.0);
        Form form = form(request, problems);
        List<InputFile> described = new ArrayList<>();
        ResponseSet responses = null;
        if (form != null) {
            ResponseAccumulator acc = new ResponseAccumulator(ItemCoding.of(form));
            int done = 0;
            for (Path file : request.inputs()) {
                progress.check();
                progress.step(Progress.READING, 0.04 * done++ / request.inputs().size());
                String name = file.getFileName().toString();
                try {
                    if (AnalysisRequest.isStudy(file)) {
                        StudyResponsesReader.read(file, name, acc);
                        described.add(InputFile.of("study", file));
                    } else {
                        ResponsesCsvReader.read(file, name, acc);
                        described.add(InputFile.of("responses", file));
                    }
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
            try {
                responses = acc.build();
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        Rates rates = null;
        try {
            rates = RatesReader.read(request.rates(), request.rates().getFileName().toString(), request.rateColumn());
            described.add(InputFile.of("rates", request.rates()));
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (request.form() != null) {
            described.add(InputFile.of("form", request.form()));
        }
        return Analysis.run(responses, rates, request.options(), Version.get(), described, progress);
    }

    /** The chosen form, else the first readable study file's, else the bundled one; null (with a problem) if unreadable. */
    private static Form form(AnalysisRequest request, List<Problem> problems) {
        try {
            if (request.form() != null) {
                return FormLoader.load(request.form());
            }
            for (Path file : request.inputs()) {
                if (AnalysisRequest.isStudy(file)) {
                    try {
                        return StudyResponsesReader.storedForm(file);
                    } catch (InputException unreadable) {
                        // Reported once, when the file's answers are read; the next study may still hold the form.
                    }
                }
            }
            return FormLoader.loadBundled(FormLoader.DEFAULT_FORM);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
