package org.concord.stats.analysis;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.server.ServerStudyReader;
import org.concord.stats.input.InputFile;
import org.concord.stats.input.ItemCoding;
import org.concord.stats.input.Rates;
import org.concord.stats.input.RatesReader;
import org.concord.stats.input.ResponseAccumulator;
import org.concord.stats.input.ResponseSet;
import org.concord.stats.input.ResponsesCsvReader;
import org.concord.stats.input.ServerResponsesReader;
import org.concord.stats.input.StudyResponsesReader;
import org.concord.study.Study;

/**
 * The one way into the analysis: picks the form, checks that the study files share it, reads every response file and
 * the rates, collects every problem of every input (thrown at once as one {@link InputException}), and runs
 * {@link Analysis}. Study files are opened once each, read-only; nothing is created next to them.
 */
public final class AnalysisReader {
    private AnalysisReader() {
    }

    /** Reads the inputs and runs the analysis; warnings (e.g. duplicate rows) become notes of the result. */
    public static AnalysisResult run(AnalysisInput input, Progress progress) {
        progress.step(Progress.READING, 0.0);
        // SHA-256 of a responses CSV (tens of MB at national scale) is computed from the bytes as they are read; that of
        // the other inputs (the form, study files read by SQLite, the rates) alongside the reading.
        Map<String, String> csvHashes = new HashMap<>();
        FutureTask<List<InputFile>> hashing = new FutureTask<>(() -> hashes(input));
        Thread hasher = new Thread(hashing, "concord-sha256");
        hasher.setDaemon(true);
        hasher.start();
        List<Problem> problems = new ArrayList<>();
        List<Study> studies = new ArrayList<>();
        List<Path> studyFiles = new ArrayList<>();
        ResponseSet responses = null;
        List<Problem> warnings = List.of();
        String bundled = null;
        List<Path> otherForm = List.of();
        ServerStudyReader fromServer = null;
        InputFile serverInput = null;
        try {
            if (input.server() != null) {
                try {
                    fromServer = input.server().open();
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
            for (Path file : input.files()) {
                if (AnalysisInput.isStudy(file)) {
                    try {
                        studies.add(Study.openReadOnly(file));
                        studyFiles.add(file);
                    } catch (InputException e) {
                        problems.addAll(e.problems());
                    }
                }
            }
            Form form = null;
            try {
                if (input.form() != null && AnalysisInput.isBundled(input.form())) {
                    bundled = input.form();
                    form = FormLoader.loadBundled(bundled);
                } else if (input.form() != null) {
                    form = FormLoader.load(Path.of(input.form()));
                } else if (!studies.isEmpty()) {
                    form = studies.get(0).form();
                    otherForm = otherForms(input, studies, studyFiles, problems);
                } else if (fromServer != null) {
                    form = fromServer.form();
                } else if (input.server() == null) {
                    bundled = FormLoader.DEFAULT_FORM;
                    form = FormLoader.loadBundled(bundled);
                }
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
            if (form != null) {
                ResponseAccumulator acc = new ResponseAccumulator(ItemCoding.of(form));
                int done = 0;
                for (Path file : input.files()) {
                    progress.check();
                    progress.step(Progress.READING, 0.04 * done++ / input.files().size());
                    try {
                        if (!AnalysisInput.isStudy(file)) {
                            csvHashes.put(file.toString(), ResponsesCsvReader.read(file, input.name(file), acc));
                        } else if (studyFiles.contains(file) && !otherForm.contains(file)) {
                            StudyResponsesReader.read(studies.get(studyFiles.indexOf(file)), input.name(file), acc);
                        }
                    } catch (InputException e) {
                        problems.addAll(e.problems());
                    }
                }
                if (fromServer != null) {
                    progress.check();
                    try {
                        serverInput = ServerResponsesReader.read(fromServer, acc);
                    } catch (InputException e) {
                        problems.addAll(e.problems());
                    }
                }
                try {
                    responses = acc.build();
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
                warnings = acc.warnings();
            }
        } finally {
            studies.forEach(Study::close);
            if (fromServer != null) {
                fromServer.close();
            }
        }
        Rates rates = null;
        try {
            rates = RatesReader.read(input.rates(), input.name(input.rates()), input.rateColumn());
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<InputFile> described = new ArrayList<>();
        if (bundled != null) {
            described.add(new InputFile("form", "bundled " + bundled, responses.coding().form().source().sha256()));
        }
        for (InputFile file : join(hashing)) {
            described.add(file.sha256() != null ? file
                    : new InputFile(file.role(), file.name(), csvHashes.get(file.name())));
        }
        if (serverInput != null) {
            described.add(described.size() - 1, serverInput);
        }
        return Analysis.run(responses, rates, input.options(), input.concordVersion(), described, progress,
                warnings.stream().map(Problem::toString).toList());
    }

    /**
     * Without a form given, every study file must hold the first one's form: one problem per study that does not, and
     * those studies (whose answers the form does not fit) are returned so that they are not read.
     */
    private static List<Path> otherForms(AnalysisInput input, List<Study> studies, List<Path> files,
                                         List<Problem> problems) {
        String first = studies.get(0).formSource().sha256();
        List<Path> other = new ArrayList<>();
        for (int k = 1; k < studies.size(); k++) {
            if (!studies.get(k).formSource().sha256().equals(first)) {
                other.add(files.get(k));
                problems.add(Problem.ofFile(input.name(files.get(k)), "holds another form than "
                        + input.name(files.get(0)) + "; analyse studies of one form together, or give the form to"
                        + " read them all with (--form)"));
            }
        }
        return other;
    }

    /**
     * Every input file given as a path, with its SHA-256: form, response files in order, rates; a responses CSV
     * without it (null), as its reading computes it.
     */
    private static List<InputFile> hashes(AnalysisInput input) {
        List<InputFile> files = new ArrayList<>();
        if (input.form() != null && !AnalysisInput.isBundled(input.form())) {
            files.add(InputFile.of("form", Path.of(input.form())));
        }
        for (Path p : input.files()) {
            files.add(AnalysisInput.isStudy(p) ? InputFile.of("study", p) : new InputFile("responses", p.toString(),
                    null));
        }
        files.add(InputFile.of("rates", input.rates()));
        return files;
    }

    private static List<InputFile> join(FutureTask<List<InputFile>> hashing) {
        try {
            return hashing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while hashing the inputs");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw InputException.ofFile(null, "an input file could not be read to compute its SHA-256: "
                        + io.getCause().getMessage());
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
