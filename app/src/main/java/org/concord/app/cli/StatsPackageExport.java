package org.concord.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.concord.common.InputException;
import org.concord.common.OutputFile;
import org.concord.study.Study;
import org.concord.study.export.spss.SavWriter;
import org.concord.study.export.stata.DtaWriter;
import org.concord.study.export.wide.StudyTable;

/** {@code concord export --sav} and {@code --dta}: a study for SPSS or Stata, never over an existing file. */
final class StatsPackageExport {
    private StatsPackageExport() {
    }

    /** Writes the file and prints what was written; bad input is an {@link InputException} (exit 2). */
    static void run(Study s, Path out, boolean sav, boolean completedOnly, String language, PrintWriter stdout) {
        try (StudyTable table = StudyTable.scan(s, completedOnly, language)) {
            String title = s.form().settings().formTitle();
            OutputFile.replace(out, temp -> {
                if (sav) {
                    SavWriter.write(table, temp, title);
                } else {
                    DtaWriter.write(table, temp, title);
                }
                return null;
            });
            stdout.println("Wrote " + table.rowCount() + " participants x " + table.variables().size()
                    + " variables to " + out);
        } catch (IllegalArgumentException e) {
            throw InputException.ofFile(out.toString(), e.getMessage() + "; export --sav instead");
        } catch (IOException e) {
            throw OutputFile.failure(out, e);
        }
    }
}
