package org.concord.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.common.InputException;
import org.concord.common.OutputFile;
import org.concord.common.Problem;
import org.concord.study.Study;
import org.concord.study.export.LongCsvExporter;
import org.concord.study.export.XlsxExporter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code concord export --study F (--csv OUT | --xlsx OUT | --sav OUT | --dta OUT)}: a study's responses as the long
 * CSV, a workbook, an SPSS system file or a Stata dataset.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a study's responses: the long CSV that analysis reads (UTF-8 with BOM), or a workbook"
                + " with the sheets Responses, Long, Codebook, LAs and Sessions.",
            "Or, for SPSS, PSPP, Stata and R, a .sav or .dta file with one row per participant and every label"
                + " (variable labels from the questions in --language, value labels from the choices).",
            "The study is only read; it may be open in the app at the same time.",
            "An existing output file is refused unless --force is given.",
            "Text that a spreadsheet could run as a formula (starting with = + - @, tab or CR) is written as text:"
                + " in the CSV with a leading apostrophe."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--study", paramLabel = "FILE", description = "the study file (.concord)")
    Path study;

    @Mixin
    ServerStudyOptions server = new ServerStudyOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--completed-only", description = "leave out participants who have not submitted")
    boolean completedOnly;

    @Option(names = "--force", description = "replace the output file if it exists")
    boolean force;

    @Option(names = "--language", paramLabel = "CODE", description = "labels of --sav and --dta in this form language,"
            + " e.g. cy (default: the form's default language)")
    String language;

    @Spec
    CommandSpec spec;

    /** Exactly one output. */
    static final class Target {
        @Option(names = "--csv", required = true, paramLabel = "OUT", description = "write the long CSV here")
        Path csv;

        @Option(names = "--xlsx", required = true, paramLabel = "OUT", description = "write the workbook here")
        Path xlsx;

        @Option(names = "--sav", required = true, paramLabel = "OUT", description = "write an SPSS system file here")
        Path sav;

        @Option(names = "--dta", required = true, paramLabel = "OUT", description = "write a Stata 118 dataset here")
        Path dta;
    }

    @Override
    public Integer call() {
        if ((study == null) == (server.db == null) || (server.db != null && server.studyId == null)) {
            throw InputException.ofFile(null, "give the study: --study FILE, or --db URL --study-id ID for a study"
                    + " on a Concord server");
        }
        Path out = target.csv != null ? target.csv : target.xlsx != null ? target.xlsx
                : target.sav != null ? target.sav : target.dta;
        List<Problem> problems = OutputFile.problems(out, force, study == null ? List.of() : List.of(study));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (ServerStudyOptions.StudyCopy copy = server.given() ? server.copy() : null;
             Study s = copy != null ? copy.study() : Study.openReadOnly(study)) {
            if (target.sav != null || target.dta != null) {
                StatsPackageExport.run(s, out, target.sav != null, completedOnly, language, stdout);
            } else if (target.csv != null) {
                long rows = LongCsvExporter.export(s, out, completedOnly);
                stdout.println("Wrote " + rows + " answers to " + out);
            } else {
                long participants = XlsxExporter.export(s, out, completedOnly);
                stdout.println("Wrote " + participants + " participants to " + out);
            }
        } catch (IOException e) {
            throw OutputFile.failure(out, e);
        }
        stdout.flush();
        return 0;
    }
}
