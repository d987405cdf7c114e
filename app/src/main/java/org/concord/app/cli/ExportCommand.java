package org.concord.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.concord.common.InputException;
import org.concord.study.Study;
import org.concord.study.export.LongCsvExporter;
import org.concord.study.export.XlsxExporter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concord export --study F (--csv OUT | --xlsx OUT)}: a study's responses as the long CSV or a workbook. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a study's responses: the long CSV that analysis reads (UTF-8 with BOM), or a workbook"
                + " with the sheets Responses, Long, Codebook, LAs and Sessions.",
            "The study is only read; it may be open in the app at the same time.",
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

    @Spec
    CommandSpec spec;

    /** Exactly one output. */
    static final class Target {
        @Option(names = "--csv", required = true, paramLabel = "OUT", description = "write the long CSV here")
        Path csv;

        @Option(names = "--xlsx", required = true, paramLabel = "OUT", description = "write the workbook here")
        Path xlsx;
    }

    @Override
    public Integer call() {
        Path out = target.csv != null ? target.csv : target.xlsx;
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw InputException.ofFile(out.toString(), "the folder " + folder + " does not exist; create it or"
                    + " choose another output file");
        }
        if (Files.isDirectory(out)) {
            throw InputException.ofFile(out.toString(), "is a folder; name the output file, e.g. "
                    + out.resolve(target.csv != null ? "responses.csv" : "study.xlsx"));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if ((study == null) == (server.db == null) || (server.db != null && server.studyId == null)) {
            throw InputException.ofFile(null, "give the study: --study FILE, or --db URL --study-id ID for a study"
                    + " on a Concord server");
        }
        try (ServerStudyOptions.StudyCopy copy = server.given() ? server.copy() : null;
             Study s = copy != null ? copy.study() : Study.openReadOnly(study)) {
            if (target.csv != null) {
                long rows = LongCsvExporter.export(s, out, completedOnly);
                stdout.println("Wrote " + rows + " answers to " + out);
            } else {
                long participants = XlsxExporter.export(s, out, completedOnly);
                stdout.println("Wrote " + participants + " participants to " + out);
            }
        } catch (IOException e) {
            throw InputException.ofFile(out.toString(), "could not be written (" + e.getMessage()
                    + "); check that the folder is writable and the disk has space");
        }
        stdout.flush();
        return 0;
    }
}
