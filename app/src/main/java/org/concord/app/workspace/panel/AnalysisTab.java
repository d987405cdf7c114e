package org.concord.app.workspace.panel;

import java.awt.BorderLayout;
import java.awt.Desktop;
import java.awt.Dimension;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.concord.app.base.LanguageAware;
import org.concord.app.base.Message;
import org.concord.app.base.Texts;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.app.workspace.run.AnalysisRequest;
import org.concord.app.workspace.run.AnalysisRunner;
import org.concord.app.workspace.run.CancellableJob;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.Progress;
import org.concord.stats.input.RatesReader;
import org.concord.stats.report.JsonResultWriter;
import org.concord.stats.report.WorkbookWriter;

/**
 * The analysis tab: the inputs on the left, the result on the right, and what Run, Cancel, Save and Open do. All
 * reading, analysing and writing runs on the app's background executor; the window only shows its progress.
 */
public final class AnalysisTab extends JPanel implements LanguageAware {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;

    private final Actions actions;
    private final InputsPanel inputs;
    private final ResultPanel results;
    private transient CancellableJob<AnalysisResult> job;
    private Path lastFolder;

    /** The tab, idle. */
    public AnalysisTab(Texts texts) {
        super(new BorderLayout());
        this.texts = texts;
        actions = new Actions(texts).on(ActionModel.ADD_FILES, this::chooseInputs)
                .on(ActionModel.REMOVE_FILES, this::removeSelectedInputs)
                .on(ActionModel.CHOOSE_ANALYSIS_FORM, this::chooseForm)
                .on(ActionModel.CLEAR_FORM, () -> inputs().setForm(null))
                .on(ActionModel.CHOOSE_RATES, this::chooseRates)
                .on(ActionModel.RUN_ANALYSIS, this::run)
                .on(ActionModel.CANCEL_ANALYSIS, this::cancel)
                .on(ActionModel.SAVE_WORKBOOK, () -> save(true))
                .on(ActionModel.SAVE_JSON, () -> save(false))
                .on(ActionModel.OPEN_WORKBOOK, this::openInSpreadsheet);
        inputs = new InputsPanel(texts, actions);
        results = new ResultPanel(texts, actions);
        setName("analysis");
        JScrollPane left = new JScrollPane(inputs, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER) {
            private static final long serialVersionUID = 1L;

            @Override
            public Dimension getPreferredSize() {
                // Always room for the inputs' full width plus a scroll bar, at any font size.
                Dimension d = super.getPreferredSize();
                d.width = inputs.getPreferredSize().width + getVerticalScrollBar().getPreferredSize().width + 2;
                return d;
            }
        };
        left.setBorder(null);
        left.getVerticalScrollBar().setUnitIncrement(16);
        JPanel side = new JPanel(new BorderLayout());
        side.add(left, BorderLayout.CENTER);
        side.add(inputs.controls, BorderLayout.SOUTH);
        add(side, BorderLayout.WEST);
        JScrollPane right = new JScrollPane(results);
        right.setBorder(null);
        add(right, BorderLayout.CENTER);

        boolean canOpen = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        if (!canOpen) {
            results.open.setEnabled(false);
            texts.describe(results.open, "result.open", "result.open.unsupported");
        }
        texts.describe(inputs.form, "inputs.form", "inputs.form.desc");
        texts.describe(inputs.rates, "inputs.rates", "inputs.rates.desc");
    }

    private void removeSelectedInputs() {
        inputs.fileList.getSelectedValuesList().forEach(inputs.files::removeElement);
    }

    @Override
    public void languageChanged() {
        actions.relabel();
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
        chooser.setDialogTitle(texts.get(titleKey));
        return chooser;
    }

    private void remember(File file) {
        lastFolder = file.toPath().toAbsolutePath().getParent();
    }

    private void chooseInputs() {
        JFileChooser chooser = chooser("chooser.inputs");
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get("chooser.inputs.filter"), "concord", "csv"));
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
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get("chooser.rates.filter"), "csv"));
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
        AnalysisScreenModel.Checked checked = AnalysisScreenModel.check(inputs.fields());
        if (!checked.problems().isEmpty()) {
            showProblems(checked.problems());
            return;
        }
        AnalysisRequest request = checked.request().withServer(inputs.serverStudy());
        CancellableJob<AnalysisResult> started = new CancellableJob<>();
        job = started;
        inputs.setRunning(true);
        inputs.showProgress(0, texts.get(AnalysisScreenModel.stage("waiting")));
        started.start(() -> AnalysisRunner.run(request, new Progress() {
            @Override
            public void step(String stage, double fraction) {
                SwingUtilities.invokeLater(() -> {
                    if (job == started) {
                        inputs.showProgress(fraction, texts.get(AnalysisScreenModel.stage(stage)));
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return started.cancelled();
            }
        }), result -> {
            finished(started);
            inputs.showProgress(1, texts.get(AnalysisScreenModel.stage("done")));
            results.showResult(result);
        }, () -> {
            finished(started);
            inputs.showProgress(0, texts.get(AnalysisScreenModel.stage("cancelled")));
        }, failure -> {
            finished(started);
            inputs.showProgress(0, texts.get(AnalysisScreenModel.stage("failed")));
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
            inputs.showProgress(inputs.progress.getValue() / 1000.0, texts.get("stage.cancelling"));
        }
    }

    /** Shows a failure: the problems of bad input as a list; anything else as one line (details in the log). */
    private void showFailure(Throwable failure) {
        // An internal error: the user gets a sentence, the stack trace goes to the log for a bug report.
        showProblems(AnalysisScreenModel.problems(failure));
    }

    private void showProblems(List<Message> problems) {
        results.showProblems(problems.stream().map(texts::get).toList());
    }

    private void save(boolean workbook) {
        AnalysisResult result = results.result();
        if (result == null) {
            return;
        }
        JFileChooser chooser = chooser(workbook ? "chooser.saveWorkbook" : "chooser.saveJson");
        chooser.setFileFilter(workbook ? new FileNameExtensionFilter(texts.get("chooser.workbook.filter"), "xlsx")
                : new FileNameExtensionFilter(texts.get("chooser.json.filter"), "json"));
        chooser.setSelectedFile(new File(workbook ? "concord-analysis.xlsx" : "concord-analysis.json"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        remember(chooser.getSelectedFile());
        Path target = AnalysisScreenModel.withExtension(chooser.getSelectedFile().toPath(), workbook ? ".xlsx" : ".json");
        // The workbook's plain-words answer in the workspace's language, as on screen.
        String language = texts.language().code();
        CancellableJob<Path> write = new CancellableJob<>();
        write.start(() -> {
            if (workbook) {
                WorkbookWriter.write(result, target, language);
            } else {
                JsonResultWriter.write(result, target);
            }
            return target;
        }, path -> results.showSaved(texts.get("result.savedTo", path.toString())), () -> { },
                failure -> results.showSaved(texts.get("result.saveFailed", String.valueOf(failure.getMessage()))));
    }

    private void openInSpreadsheet() {
        AnalysisResult result = results.result();
        if (result == null) {
            return;
        }
        String language = texts.language().code();
        CancellableJob<Path> write = new CancellableJob<>();
        write.start(() -> {
            Path file = Files.createTempFile("concord-analysis-", ".xlsx");
            WorkbookWriter.write(result, file, language);
            Desktop.getDesktop().open(file.toFile());
            return file;
        }, path -> results.showSaved(texts.get("result.opened", path.toString())), () -> { },
                failure -> results.showSaved(texts.get("result.openFailed", String.valueOf(failure.getMessage()))));
    }
}
