package org.concord.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.common.InputException;
import org.concord.study.Study;
import org.concord.study.export.spss.SavWriter;
import org.concord.study.export.stata.DtaWriter;
import org.concord.study.export.wide.StudyTable;

/** {@code concord export --sav} and {@code --dta}: a study for SPSS or Stata, never over an existing file. */
final class StatsPackageExport {
    private StatsPackageExport() {
    }

    /** Writes the file and prints what was written; bad input is an {@link InputException} (exit 2). */
    static int run(Path studyFile, Path out, boolean sav, boolean completedOnly, String language, PrintWriter stdout) {
        refuseExisting(out);
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isWritable(folder)) {
            throw InputException.ofFile(out.toString(), "cannot be written: the folder " + folder
                    + " is not writable; choose another folder");
        }
        try (Study s = Study.openReadOnly(studyFile);
             StudyTable table = StudyTable.scan(s, completedOnly, language)) {
            String title = s.form().settings().formTitle();
            if (sav) {
                SavWriter.write(table, out, title);
            } else {
                DtaWriter.write(table, out, title);
            }
            stdout.println("Wrote " + table.rowCount() + " participants x " + table.variables().size()
                    + " variables to " + out);
        } catch (IllegalArgumentException e) {
            throw InputException.ofFile(out.toString(), e.getMessage() + "; export --sav instead");
        } catch (IOException e) {
            throw writeProblem(out, e);
        }
        stdout.flush();
        return 0;
    }

    /** An output that exists is refused, never replaced. */
    static void refuseExisting(Path out) {
        if (Files.exists(out)) {
            throw InputException.ofFile(out.toString(), "already exists and is not replaced; choose another name or"
                    + " move the old file away");
        }
    }

    /** The user's view of a failed write, naming the file or folder. */
    static InputException writeProblem(Path out, IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return InputException.ofFile(out.toString(), "already exists and is not replaced; choose another name");
        }
        if (e instanceof AccessDeniedException) {
            return InputException.ofFile(out.toString(), "cannot be written: the folder "
                    + out.toAbsolutePath().getParent() + " is not writable; choose another folder");
        }
        return InputException.ofFile(out.toString(), "could not be written (" + e.getMessage()
                + "); check that the folder is writable and the disk has space");
    }
}
