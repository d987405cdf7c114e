package org.concord.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.study.MergeReport;
import org.concord.study.StudyMerger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code concord merge --out all.concord a.concord b.concord ...}: the union of several laptops' studies. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merges study files from several laptops into a new study, by participant UUID.",
            "The same participant in several files is kept once; copies that differ are conflicts: the first file's"
                + " value is kept, both are listed here and kept in the merged file. The inputs are only read."})
public final class MergeCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the new merged study (must not"
            + " exist unless --force)")
    Path out;

    @Option(names = "--force", description = "replace --out if it exists (not while a program has it open)")
    boolean force;

    @Option(names = "--allow-form-versions", description = "merge studies collected with different versions of the"
            + " form; each answer keeps its form version")
    boolean allowFormVersions;

    @Parameters(arity = "1..*", paramLabel = "STUDY", description = "the study files to merge")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MergeReport report = StudyMerger.merge(inputs, out, allowFormVersions, force);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Merged " + inputs.size() + " studies into " + report.out() + ": " + report.participants()
                + " participants (" + report.added() + " in one file only, " + report.identicalDuplicates()
                + " identical in several, " + report.extendedDuplicates() + " continued in a copy and joined, "
                + report.conflicts().size() + " conflicts).");
        for (String note : report.notes()) {
            stdout.println("Note: " + note);
        }
        if (!report.conflicts().isEmpty()) {
            stdout.println("Conflicts (the first file's value was kept; both are in the merged file's merge_conflict"
                    + " table):");
            for (MergeReport.Conflict conflict : report.conflicts()) {
                stdout.println("  " + conflict);
            }
        }
        stdout.flush();
        return 0;
    }
}
