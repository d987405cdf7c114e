package org.concord.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.concord.common.InputException;
import org.concord.common.OutputFile;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.XlsFormWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concord form export [--name NAME | --form PATH] --out FILE.xlsx}: writes a bundled or given form as an XLSForm
 * workbook that ODK, Kobo and Concord all read; loading it gives the same form and SHA-256.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a form as an XLSForm .xlsx workbook (by default the bundled " + FormLoader.DEFAULT_FORM
                + ").")
public final class FormExportCommand implements Callable<Integer> {
    @CommandLine.ArgGroup(exclusive = true)
    private Source source;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
    private Path out;

    @Option(names = "--force", description = "replace the workbook if it exists")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Where the form comes from. */
    static final class Source {
        @Option(names = "--name", paramLabel = "NAME", description = "a bundled form (default: "
                + FormLoader.DEFAULT_FORM + ")")
        String name;

        @Option(names = "--form", paramLabel = "PATH", description = "an .xlsx or .xls workbook or a folder of "
                + "CSV sheets")
        Path form;
    }

    @Override
    public Integer call() {
        String target = out.getFileName() == null ? out.toString() : out.getFileName().toString();
        if (!target.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw InputException.ofFile(target, "the output must be an .xlsx file, e.g. --out form.xlsx");
        }
        OutputFile.check(out, force);
        Form form;
        if (source != null && source.form != null) {
            form = FormLoader.load(source.form);
        } else {
            form = FormLoader.loadBundled(source != null && source.name != null ? source.name
                    : FormLoader.DEFAULT_FORM);
        }
        OutputFile.write(out, force, temp -> {
            XlsFormWriter.write(form, temp);
            return null;
        });
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Wrote " + out + ": form " + form.settings().formId() + " version "
                + form.settings().version() + ", SHA-256 " + form.source().sha256());
        stdout.flush();
        return 0;
    }
}
