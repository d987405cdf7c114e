package org.concord.app.ui.researcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.concord.app.base.Host;
import org.concord.app.base.Texts;
import org.concord.app.base.dialog.MessageDialog;
import org.concord.app.base.dialog.ProblemsDialog;
import org.concord.app.base.jobs.BackgroundJobs;
import org.concord.app.ui.start.CreateStudyController;
import org.concord.study.MergeDifference;
import org.concord.study.MergeReport;
import org.concord.study.Study;
import org.concord.study.StudyMerger;
import org.concord.study.export.LongCsvExporter;
import org.concord.study.export.XlsxExporter;
import org.concord.study.export.spss.SavWriter;
import org.concord.study.export.stata.DtaWriter;
import org.concord.study.export.wide.StudyTable;
import org.concord.common.OutputFile;

/**
 * Export and merge from the researcher view: asks where, then runs the study store's exporter or merger on the
 * background executor (so POI is loaded only when a workbook is really written) and reports the outcome.
 */
final class DataTasks {
    /** The folder of the last file chosen for this study; at first the study's own folder. */
    private File lastFolder;

    private final Host frame;
    private final Texts texts;
    private final Study study;
    private final Path studyFile;
    private final Consumer<String> report;

    DataTasks(Host frame, Texts texts, Study study, Path studyFile, Consumer<String> report) {
        this.frame = frame;
        this.texts = texts;
        this.study = study;
        this.studyFile = studyFile;
        this.report = report;
        this.lastFolder = studyFile.toAbsolutePath().getParent().toFile();
    }

    void exportCsv(boolean completedOnly) {
        Path target = chooseTarget("export.csv.title", "export.csv.filter", "csv");
        if (target != null) {
            BackgroundJobs.run(() -> LongCsvExporter.export(study, target, completedOnly),
                    rows -> report.accept(texts.get("export.csv.done", rows, target.toString())), this::failed);
        }
    }

    void exportXlsx(boolean completedOnly) {
        Path target = chooseTarget("export.xlsx.title", "export.xlsx.filter", "xlsx");
        if (target != null) {
            BackgroundJobs.run(() -> XlsxExporter.export(study, target, completedOnly),
                    participants -> report.accept(texts.get("export.xlsx.done", participants, target.toString())),
                    this::failed);
        }
    }

    /**
     * Exports one row per participant for SPSS ({@code sav}) or Stata, with every label, written through a temporary
     * file so that a failure leaves nothing half-written.
     */
    void exportStats(boolean sav, boolean completedOnly) {
        String format = sav ? "sav" : "dta";
        Path target = chooseTarget("export." + format + ".title", "export." + format + ".filter", format);
        if (target != null) {
            BackgroundJobs.run(() -> {
                try (StudyTable table = StudyTable.scan(study, completedOnly, null)) {
                    String title = study.form().settings().formTitle();
                    OutputFile.replace(target, temp -> {
                        if (sav) {
                            SavWriter.write(table, temp, title);
                        } else {
                            DtaWriter.write(table, temp, title);
                        }
                        return null;
                    });
                    return new long[] {table.rowCount(), table.variables().size()};
                }
            }, counts -> report.accept(texts.get("export.stats.done", counts[0], counts[1], target.toString())),
                    this::failed);
        }
    }

    /**
     * Merges this study and the chosen ones into a new study file; the open study is only read. When a chosen study has
     * another LA list or a PIN of its own, the researcher is told what differs and asked first.
     */
    void merge() {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setName("fileChooser");
        chooser.setMultiSelectionEnabled(true);
        chooser.setDialogTitle(texts.get("merge.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get("app.studyFilter"), "concord"));
        if (chooser.showOpenDialog(frame.window()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File[] chosen = chooser.getSelectedFiles().length > 0 ? chooser.getSelectedFiles()
                : new File[] {chooser.getSelectedFile()};
        lastFolder = chosen[0].getParentFile();
        List<Path> others = Arrays.stream(chosen).map(File::toPath).toList();
        BackgroundJobs.run(() -> MergeDifference.between(study, others), differences -> {
            if (!differences.isEmpty() && !MessageDialog.confirm(frame.window(), texts, "mergeCheck",
                    texts.get("mergeCheck.title"), texts.get("mergeCheck.message", differences.size()),
                    MergeTexts.differences(texts, differences), "mergeCheck.yes", "mergeCheck.no")) {
                frame.setStatus(texts.get("mergeCheck.cancelled"));
                return;
            }
            mergeInto(others);
        }, this::failed);
    }

    private void mergeInto(List<Path> others) {
        List<Path> inputs = new ArrayList<>();
        // This study first: where copies of a participant differ, its values are the ones kept (and both reported).
        inputs.add(studyFile);
        inputs.addAll(others);
        Path target = chooseTarget("merge.target.title", "app.studyFilter", "concord");
        if (target == null) {
            return;
        }
        BackgroundJobs.run(() -> StudyMerger.merge(inputs, target, false), (MergeReport merged) -> {
            report.accept(texts.get("merge.done", merged.participants(), target.toString(),
                    merged.added(), merged.conflicts().size()));
            int conflicts = merged.conflicts().size();
            MessageDialog.show(frame.window(), texts, "mergeResult",
                    conflicts == 0 ? MessageDialog.Kind.INFO : MessageDialog.Kind.WARNING, texts.get("mergeResult.title"),
                    MergeTexts.result(texts, merged, studyFile), MergeTexts.details(merged));
        }, this::failed);
    }

    private Path chooseTarget(String titleKey, String filterKey, String extension) {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setName("fileChooser");
        File folder = lastFolder;
        // Suggest the study's name in the last folder used (at first, the study's folder).
        String base = String.valueOf(studyFile.getFileName()).replaceFirst("\\.concord$", "");
        chooser.setSelectedFile(new File(folder, base + ("concord".equals(extension) ? "-merged." : ".") + extension));
        chooser.setDialogTitle(texts.get(titleKey));
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get(filterKey), extension));
        if (chooser.showSaveDialog(frame.window()) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        lastFolder = chooser.getSelectedFile().getParentFile();
        Path target = chooser.getSelectedFile().toPath();
        String name = target.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            target = target.resolveSibling(name + "." + extension);
        }
        if (Files.exists(target)) {
            MessageDialog.show(frame.window(), texts, "exists", MessageDialog.Kind.WARNING, texts.get("export.failed"),
                    texts.get("export.exists", target.toString()), List.of());
            return null;
        }
        return target;
    }

    private void failed(Throwable failure) {
        ProblemsDialog.show(frame.window(), texts, texts.get("export.failed"), CreateStudyController.lines(failure));
    }
}
