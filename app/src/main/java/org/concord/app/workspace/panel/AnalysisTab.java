package org.concord.app.workspace.panel;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.concord.app.workspace.WsText;
import org.concord.app.workspace.run.AnalysisRequest;
import org.concord.app.workspace.run.AnalysisRunner;
import org.concord.app.workspace.run.CancellableJob;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.Progress;
import org.concord.stats.input.RatesReader;
import org.concord.stats.report.JsonResultWriter;
import org.concord.stats.report.WorkbookWriter;

/**
 * The analysis tab: the inputs on the left, the result on the right, and what Run, Cancel, Save and Open do. All
 * reading, analysing and writing runs on the app's background executor; the window only shows its progress.
 */
public final class AnalysisTab extends javax.swing.JPanel {
    private static final long serialVersionUID = 1L;

    private final InputsPanel inputs = new InputsPanel();
    private final ResultPanel results = new ResultPanel();
    private transient CancellableJob<AnalysisResult> job;
    private Path lastFolder;

    /** The tab, idle. */
    public AnalysisTab() {
        super(new java.awt.BorderLayout());
        setName("analysis");
        JScrollPane left = new JScrollPane(inputs, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Dimension getPreferredSize() {
                // Always room for the inputs' full width plus a scroll bar, at any font size.
                java.awt.Dimension d = super.getPreferredSize();
                d.width = inputs.getPreferredSize().width + getVerticalScrollBar().getPreferredSize().width + 2;
                return d;
            }
        };
        left.setBorder(javax.swing.BorderFactory.createMatteBorder(0, 0, 0, 1,
                javax.swing.UIManager.getColor("Separator.foreground")));
        left.getVerticalScrollBar().setUnitIncrement(16);
        add(left, java.awt.BorderLayout.WEST);
        JScrollPane right = new JScrollPane(results);
        right.setBorder(null);
        add(right, java.awt.BorderLayout.CENTER);

        inputs.addFiles.addActionListener(e -> chooseInputs());
        inputs.removeFiles.addActionListener(e -> inputs.fileList.getSelectedValuesList()
                .forEach(inputs.files::removeElement));
        inputs.chooseForm.addActionListener(e -> chooseForm());
        inputs.clearForm.addActionListener(e -> inputs.setForm(null));
        inputs.chooseRates.addActionListener(e -> chooseRates());
        inputs.run.addActionListener(e -> run());
        inputs.cancel.addActionListener(e -> cancel());
        results.saveWorkbook.addActionListener(e -> save(true));
        results.saveJson.addActionListener(e -> save(false));
        results.open.addActionListener(e -> openInSpreadsheet());
        boolean canOpen = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        if (!canOpen) {
            results.open.setEnabled(false);
            WsText.describe(results.open, "result.open", "result.open.unsupported");
        }
        WsText.describe(inputs.form, "inputs.form", "inputs.form.desc");
        WsText.describe(inputs.rates, "inputs.rates", "inputs.rates.desc");
    }

    /** The inputs side (tests fill it as a user would). */
    public InputsPanel inputs() {
        return inputs;
    }

    /** The result side. */
    public ResultPanel results() {
        return results;
    }

    private JFileChooser chooser(String titleKey) {
        JFileChooser chooser = new JFileChooser(lastFolder == null ? null : lastFolder.toFile());
        chooser.setName("fileChooser");
        chooser.setDialogTitle(WsText.get(titleKey));
        return chooser;
    }

    private void remember(File file) {
        lastFolder = file.toPath().toAbsolutePath().getParent();
    }

    private void chooseInputs() {
        JFileChooser chooser = chooser("chooser.inputs");
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter(WsText.get("chooser.inputs.filter"), "concord", "csv"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            File[] chosen = chooser.getSelectedFiles();
            if (chosen.length > 0) {
                remember(chosen[0]);
                inputs.addInputs(Arrays.stream(chosen).map(File::toPath).toList());
            }
        }
    }

    private void chooseForm() {
        JFileChooser chooser = chooser("chooser.form");
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            remember(chooser.getSelectedFile());
            inputs.setForm(chooser.getSelectedFile().toPath());
        }
    }

    private void chooseRates() {
        JFileChooser chooser = chooser("chooser.rates");
        chooser.setFileFilter(new FileNameExtensionFilter(WsText.get("chooser.rates.filter"), "csv"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            remember(chooser.getSelectedFile());
            setRatesFile(chooser.getSelectedFile().toPath());
        }
    }

    /** Uses {@code file} as the rates file and lists its rate columns (read in the background). */
    public void setRatesFile(Path file) {
        inputs.setRates(file);
        inputs.showRateColumns(List.of());
        CancellableJob<List<String>> read = new CancellableJob<>();
        read.start(() -> RatesReader.rateColumns(file, file.getFileName().toString()),
                columns -> {
                    if (file.equals(inputs.ratesFile())) {
                        inputs.showRateColumns(columns);
                    }
                }, () -> { }, this::showFailure);
    }

    private void run() {
        List<Problem> problems = new ArrayList<>();
        var options = inputs.options(problems);
        if (!problems.isEmpty()) {
            showFailure(new InputException(problems));
            return;
        }
        AnalysisRequest request = new AnalysisRequest(inputs.inputs(), inputs.formFile(), inputs.ratesFile(),
                (String) inputs.rateColumn.getSelectedItem(), options);
        CancellableJob<AnalysisResult> started = new CancellableJob<>();
        job = started;
        inputs.setRunning(true);
        inputs.showProgress(0, WsText.get("stage.waiting"));
        started.start(() -> AnalysisRunner.run(request, new Progress() {
            @Override
            public void step(String stage, double fraction) {
                SwingUtilities.invokeLater(() -> {
                    if (job == started) {
                        inputs.showProgress(fraction, WsText.get("stage." + stage));
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return started.cancelled();
            }
        }), result -> {
            finished(started);
            inputs.showProgress(1, WsText.get("stage.done"));
            results.showResult(result);
        }, () -> {
            finished(started);
            inputs.showProgress(0, WsText.get("stage.cancelled"));
        }, failure -> {
            finished(started);
            inputs.showProgress(0, WsText.get("stage.failed"));
            showFailure(failure);
        });
    }

    private void finished(CancellableJob<AnalysisResult> which) {
        if (job == which) {
            job = null;
            inputs.setRunning(false);
        }
    }

    private void cancel() {
        CancellableJob<AnalysisResult> running = job;
        if (running != null) {
            running.cancel();
            inputs.cancel.setEnabled(false);
            inputs.showProgress(inputs.progress.getValue() / 1000.0, WsText.get("stage.cancelling"));
        }
    }

    /** Shows a failure: the problems of bad input as a list; anything else as one line (details on stderr). */
    private void showFailure(Throwable failure) {
        if (failure instanceof InputException bad) {
            results.showProblems(bad.problems().stream().map(Problem::toString).toList());
        } else {
            // An internal error: the user gets a sentence, the stack trace goes to the log for a bug report.
            failure.printStackTrace();
            results.showProblems(List.of(WsText.get("problem.internal", String.valueOf(failure.getMessage()))));
        }
    }

    private void save(boolean workbook) {
        AnalysisResult result = results.result();
        if (result == null) {
            return;
        }
        JFileChooser chooser = chooser(workbook ? "chooser.saveWorkbook" : "chooser.saveJson");
        chooser.setFileFilter(workbook ? new FileNameExtensionFilter(WsText.get("chooser.workbook.filter"), "xlsx")
                : new FileNameExtensionFilter(WsText.get("chooser.json.filter"), "json"));
        chooser.setSelectedFile(new File(workbook ? "concord-analysis.xlsx" : "concord-analysis.json"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        remember(chooser.getSelectedFile());
        Path target = withExtension(chooser.getSelectedFile().toPath(), workbook ? ".xlsx" : ".json");
        CancellableJob<Path> write = new CancellableJob<>();
        write.start(() -> {
            if (workbook) {
                WorkbookWriter.write(result, target);
            } else {
                JsonResultWriter.write(result, target);
            }
            return target;
        }, path -> results.showSaved(WsText.get("result.savedTo", path.toString())), () -> { },
                failure -> results.showSaved(WsText.get("result.saveFailed", String.valueOf(failure.getMessage()))));
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? file
                : file.resolveSibling(name + extension);
    }

    private void openInSpreadsheet() {
        AnalysisResult result = results.result();
        if (result == null) {
            return;
        }
        CancellableJob<Path> write = new CancellableJob<>();
        write.start(() -> {
            Path file = Files.createTempFile("concord-analysis-", ".xlsx");
            WorkbookWriter.write(result, file);
            Desktop.getDesktop().open(file.toFile());
            return file;
        }, path -> results.showSaved(WsText.get("result.opened", path.toString())), () -> { },
                failure -> results.showSaved(WsText.get("result.openFailed", String.valueOf(failure.getMessage()))));
    }
}
