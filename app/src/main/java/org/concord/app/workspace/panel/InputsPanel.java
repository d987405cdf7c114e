package org.concord.app.workspace.panel;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.LanguageAware;
import org.concord.app.base.Texts;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.stats.analysis.AnalysisInput;
import org.concord.stats.analysis.Indices;

/**
 * The left of the analysis tab: the response files, the form, the rates file and its rate column, the options, and
 * Run / Cancel with the progress bar. Only draws and reads its fields; {@code AnalysisTab} decides what happens.
 */
public final class InputsPanel extends JPanel implements LanguageAware {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;

    final DefaultListModel<Path> files = new DefaultListModel<>();
    final JList<Path> fileList = new JList<>(files);
    final JButton addFiles;
    final JButton removeFiles;
    final ServerStudyField serverStudy;
    final JTextField form = field("form");
    final JButton chooseForm;
    final JButton clearForm;
    final JTextField rates = field("rates");
    final JButton chooseRates;
    final JComboBox<String> rateColumn = new JComboBox<>();
    final JTextField yearFrom = new JTextField(5);
    final JTextField yearTo = new JTextField(5);
    final JSpinner band = new JSpinner(new SpinnerNumberModel(2.0, 0.0, 100.0, 0.5));
    final JComboBox<String> index = new JComboBox<>(Indices.NAMES.toArray(String[]::new));
    final JSpinner minLeaders = new JSpinner(new SpinnerNumberModel(2, 1, 1000, 1));
    final JSpinner minWorkers = new JSpinner(new SpinnerNumberModel(3, 1, 1000, 1));
    final JSpinner seed = new JSpinner(new SpinnerNumberModel(1L, 0L, Long.MAX_VALUE, 1L));
    final JSpinner permutations = new JSpinner(new SpinnerNumberModel(99_999, 1, 10_000_000, 1000));
    final JSpinner bootstrap = new JSpinner(new SpinnerNumberModel(9_999, 1, 10_000_000, 1000));
    final JButton run;
    final JButton cancel;
    final JProgressBar progress = new JProgressBar(0, 1000);
    final JLabel stage = new JLabel(" ");
    /** Run, Cancel and the progress: kept below the scrolling inputs, so they are always in view. */
    final JPanel controls = new JPanel(new MigLayout("insets 8 12 8 12, wrap 1, hidemode 3",
            "[grow, fill]", // columns
            "[][][]")); // rows: run and cancel, progress bar, stage

    /** The panel with the design's default options. */
    public InputsPanel(Texts texts, Actions actions) {
        super(new MigLayout("insets dialog, hidemode 3, wrap 1",
                "[grow, fill, 160::]", // columns: one, each label above its field so that 200% stays narrow
                ""));
        this.texts = texts;
        addFiles = actions.button(ActionModel.ADD_FILES);
        removeFiles = actions.button(ActionModel.REMOVE_FILES);
        serverStudy = new ServerStudyField(texts);
        chooseForm = actions.button(ActionModel.CHOOSE_ANALYSIS_FORM);
        clearForm = actions.button(ActionModel.CLEAR_FORM);
        chooseRates = actions.button(ActionModel.CHOOSE_RATES);
        run = actions.button(ActionModel.RUN_ANALYSIS);
        cancel = actions.button(ActionModel.CANCEL_ANALYSIS); // rows: one per field, gaps from the platform
        setName("inputsPanel");
        fileList.setName("files");
        fileList.setVisibleRowCount(4);
        fileList.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int i,
                                                                   boolean selected, boolean focused) {
                // The name fits the list; the full path is the tooltip.
                Path path = (Path) value;
                super.getListCellRendererComponent(list, path.getFileName().toString(), i, selected, focused);
                setToolTipText(path.toString());
                return this;
            }
        });
        texts.describe(fileList, "inputs.files", "inputs.files.desc");
        rateColumn.setName("rateColumn");
        yearFrom.setName("yearFrom");
        yearTo.setName("yearTo");
        band.setName("band");
        index.setName("index");
        minLeaders.setName("minLeaders");
        minWorkers.setName("minWorkers");
        seed.setName("seed");
        permutations.setName("permutations");
        bootstrap.setName("bootstrap");
        progress.setName("progress");
        progress.setStringPainted(true);
        progress.setString("");
        texts.describe(progress, "inputs.progress", "inputs.progress.desc");
        stage.setName("stage");
        form.setEditable(false);
        rates.setEditable(false);
        form.setColumns(10);
        rates.setColumns(10);
        cancel.setEnabled(false);
        ((JSpinner.NumberEditor) seed.getEditor()).getFormat().setGroupingUsed(false);
        // A long's largest value would make the field as wide as the window.
        ((JSpinner.DefaultEditor) seed.getEditor()).getTextField().setColumns(8);

        add(heading("inputs.responses"));
        add(new JScrollPane(fileList), "growx");
        add(addFiles, "split 2, growx 0");
        add(removeFiles);
        add(serverStudy, "growx, wmin 0");
        add(heading("inputs.form"), "gaptop para");
        add(form, "growx");
        add(chooseForm, "growx 0");
        add(clearForm, "growx 0");
        add(heading("inputs.rates"), "gaptop para");
        add(rates, "split 2, growx");
        add(chooseRates, "growx 0");
        add(label("inputs.rateColumn", rateColumn));
        add(rateColumn);
        add(heading("inputs.options"), "gaptop para");
        add(label("inputs.years", yearFrom), "gaptop rel");
        JLabel dash = new JLabel("\u2013");
        add(yearFrom, "split 3, growx");
        add(dash);
        add(yearTo, "growx");
        texts.describe(yearTo, "inputs.yearTo", "inputs.years.desc");
        texts.describe(yearFrom, "inputs.yearFrom", "inputs.years.desc");
        add(label("inputs.band", band));
        add(band);
        add(label("inputs.index", index));
        add(index);
        add(label("inputs.minLeaders", minLeaders));
        add(minLeaders);
        add(label("inputs.minWorkers", minWorkers));
        add(minWorkers);
        add(label("inputs.seed", seed));
        add(seed);
        add(label("inputs.permutations", permutations));
        add(permutations);
        add(label("inputs.bootstrap", bootstrap));
        add(bootstrap);
        controls.add(run, "split 2, sg run, growx");
        controls.add(cancel, "sg run, growx");
        controls.add(progress, "growx");
        controls.add(stage, "w 0:0:");
        texts.describe(index, "inputs.index", "inputs.index.desc");
        texts.describe(band, "inputs.band", "inputs.band.desc");
        texts.describe(rateColumn, "inputs.rateColumn", "inputs.rateColumn.desc");
        texts.describe(permutations, "inputs.permutations", "inputs.permutations.desc");
        texts.describe(bootstrap, "inputs.bootstrap", "inputs.bootstrap.desc");
        texts.describe(seed, "inputs.seed", "inputs.seed.desc");
        languageChanged();
    }

    private JLabel heading(String key) {
        JLabel label = texts.text(new JLabel(), key);
        label.putClientProperty("FlatLaf.styleClass", "h4");
        return label;
    }

    private JLabel label(String key, Component field) {
        JLabel label = texts.text(new JLabel(), key);
        label.setLabelFor(field);
        return label;
    }


    private static JTextField field(String name) {
        JTextField f = new JTextField();
        f.setName(name);
        return f;
    }

    @Override
    public void languageChanged() {
        form.putClientProperty("JTextField.placeholderText", texts.get("inputs.form.placeholder"));
        form.repaint();
    }

    private Path ratesPath;
    private Path formPath;

    /** Shows {@code file} (its name; the full path is the tooltip) as the rates file. */
    public void setRates(Path file) {
        ratesPath = file;
        showPath(rates, file);
    }

    /** The chosen rates file, or null. */
    public Path ratesFile() {
        return ratesPath;
    }

    /** Shows {@code file} as the form, or the default when null. */
    public void setForm(Path file) {
        formPath = file;
        showPath(form, file);
    }

    /** The chosen form, or null for the default. */
    public Path formFile() {
        return formPath;
    }

    private static void showPath(JTextField field, Path file) {
        field.setText(file == null ? "" : String.valueOf(file.getFileName()));
        field.setToolTipText(file == null ? null : file.toString());
        field.setCaretPosition(0);
    }

    /** The chosen response files, in order. */
    public List<Path> inputs() {
        return Collections.list(files.elements());
    }

    /** The study on a server analysed beside the files, or null. */
    public AnalysisInput.ServerSource serverStudy() {
        return serverStudy.source();
    }

    /** Adds response files, skipping ones already listed. */
    public void addInputs(List<Path> paths) {
        for (Path p : paths) {
            if (!files.contains(p)) {
                files.addElement(p);
            }
        }
    }

    /** Shows the rate columns of the chosen rates file; the first is selected. */
    public void showRateColumns(List<String> columns) {
        rateColumn.setModel(new DefaultComboBoxModel<>(columns.toArray(String[]::new)));
    }

    /** Switches between idle (Run enabled) and running (Cancel enabled, inputs locked). */
    public void setRunning(boolean running) {
        run.setEnabled(!running);
        cancel.setEnabled(running);
        for (java.awt.Component c : new java.awt.Component[] {addFiles, removeFiles, chooseForm, clearForm,
            chooseRates, rateColumn, yearFrom, yearTo, band, index, minLeaders, minWorkers, seed, permutations,
            bootstrap, serverStudy}) {
            c.setEnabled(!running);
        }
    }

    /** Shows progress: {@code fraction} of the run done, in {@code stageText}. */
    public void showProgress(double fraction, String stageText) {
        int value = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 1000);
        progress.setValue(value);
        progress.setString(Math.round(fraction * 100) + "%");
        stage.setText(stageText == null || stageText.isEmpty() ? " " : stageText);
        stage.setToolTipText(stageText == null || stageText.isEmpty() ? null : stageText);
    }

    /** The fields as the analyst left them. */
    public AnalysisScreenModel.Fields fields() {
        return new AnalysisScreenModel.Fields(inputs(), formFile(), ratesFile(), (String) rateColumn.getSelectedItem(),
                yearFrom.getText(), yearTo.getText(), ((Number) band.getValue()).doubleValue(),
                (String) index.getSelectedItem(), ((Number) minLeaders.getValue()).intValue(),
                ((Number) minWorkers.getValue()).intValue(), ((Number) seed.getValue()).longValue(),
                ((Number) permutations.getValue()).intValue(), ((Number) bootstrap.getValue()).intValue());
    }
}
