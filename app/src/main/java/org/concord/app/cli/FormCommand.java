package org.concord.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code concord form}: work with XLSForm questionnaires ({@code check}, {@code export}). */
@Command(name = "form", mixinStandardHelpOptions = true,
        description = "Check an XLSForm questionnaire, or export one as an .xlsx workbook.",
        subcommands = {FormCheckCommand.class, FormExportCommand.class})
public final class FormCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "choose 'concord form check FILE' or 'concord form export --out FILE.xlsx'");
    }
}
