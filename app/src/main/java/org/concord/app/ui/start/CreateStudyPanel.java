package org.concord.app.ui.start;

import java.util.ArrayList;
import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.LanguageAware;
import org.concord.app.base.ProblemList;
import org.concord.app.base.ScaledTable;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.study.LocalAuthority;

/**
 * The "new study" screen: the form, the LA list, the admin PIN (twice) and where to save the study file. Only draws and
 * hands back what was entered; {@link CreateStudyController} checks it and creates the study.
 */
public final class CreateStudyPanel extends JPanel implements LanguageAware {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;

    private final JRadioButton bundledForm = new JRadioButton();
    private final JRadioButton otherForm = new JRadioButton();
    private final JTextField formPath = new JTextField(30);
    private final WrappingLabel formSummary = new WrappingLabel();
    private final ProblemList formProblems = new ProblemList();
    private final LaTableModel laModel;
    private final ScaledTable laTable;
    private final JPasswordField pin = new JPasswordField(12);
    private final JPasswordField pinAgain = new JPasswordField(12);
    private final JTextField studyPath = new JTextField(30);
    private final ProblemList problems = new ProblemList();

    /** The screen, with buttons made from {@code actions}. */
    public CreateStudyPanel(Texts texts, Actions actions) {
        super(new MigLayout("insets dialog, hidemode 3, wrap 1, fillx",
                "[grow, fill, 400:800:1100]", // columns
                "[]para[]para[]para[]para[]para[]para[]")); // rows: title, form, LAs, PIN, file, problems, buttons
        this.texts = texts;
        laModel = new LaTableModel();
        laTable = new ScaledTable(laModel);
        setName("createStudyPanel");
        JLabel title = texts.text(new JLabel(), "create.title");
        title.putClientProperty("FlatLaf.styleClass", "h1");
        add(title);

        // Form
        JPanel form = texts.titled(new JPanel(new MigLayout("insets dialog, hidemode 3",
                "[grow, fill][][]", // columns: path, choose file, choose folder
                "[]rel[]rel[]rel[]rel[]")), "create.form"); // rows: bundled, other, path, summary, problems
        bundledForm.setName("form.bundled");
        otherForm.setName("form.other");
        texts.text(bundledForm, "create.form.bundled");
        texts.text(otherForm, "create.form.other");
        texts.describe(bundledForm, "create.form.bundled", "create.form.bundled.desc");
        texts.describe(otherForm, "create.form.other", "create.form.other.desc");
        ButtonGroup formChoice = new ButtonGroup();
        formChoice.add(bundledForm);
        formChoice.add(otherForm);
        bundledForm.setSelected(true);
        formPath.setName("form.path");
        texts.describe(formPath, "create.form.path", "create.form.path.desc");
        formSummary.setName("form.summary");
        formProblems.setName("form.problems");
        texts.describe(formProblems, "create.form.problems", "create.form.problems.desc");
        form.add(bundledForm, "span, wrap");
        form.add(otherForm, "span, wrap");
        form.add(formPath, "gapleft indent, wmin 60");
        form.add(actions.button(ActionModel.CHOOSE_FORM));
        form.add(actions.button(ActionModel.CHOOSE_FORM_FOLDER), "wrap");
        form.add(formSummary, "span, growx, wrap");
        form.add(formProblems, "span, growx");
        add(form);

        // Local authorities
        JPanel las = texts.titled(new JPanel(new MigLayout("insets dialog, hidemode 3",
                "[grow, fill][]", // columns: table, buttons
                "[top][]")), "create.las"); // rows: table with buttons, hint
        laTable.setName("las.table");
        laTable.tabBetweenCells();
        laTable.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        texts.describe(laTable, "create.las.table", "create.las.table.desc");
        JScrollPane laScroll = new JScrollPane(laTable);
        JPanel laButtons = new JPanel(new MigLayout("insets 0, wrap 1", "[fill]", "[]rel[]rel[]"));
        laButtons.add(actions.button(ActionModel.ADD_LA));
        laButtons.add(actions.button(ActionModel.REMOVE_LA));
        laButtons.add(actions.button(ActionModel.IMPORT_LAS));
        las.add(laScroll, "height 100:160:260");
        las.add(laButtons, "wrap");
        las.add(texts.text(new WrappingLabel(), "create.las.hint"), "span, growx");
        add(las);

        // Admin PIN
        JPanel pins = texts.titled(new JPanel(new MigLayout("insets dialog, hidemode 3",
                "[][120:160:240]unrel[][120:160:240]", // columns: PIN label, PIN, again label, PIN again
                "[]rel[]")), "create.pin"); // rows: fields, hint
        pin.setName("pin.first");
        pinAgain.setName("pin.second");
        JLabel pinLabel = texts.text(new JLabel(), "create.pin.first");
        pinLabel.setLabelFor(pin);
        JLabel pinAgainLabel = texts.text(new JLabel(), "create.pin.second");
        pinAgainLabel.setLabelFor(pinAgain);
        texts.describe(pin, "create.pin.first", "create.pin.hint");
        texts.describe(pinAgain, "create.pin.second", "create.pin.second.desc");
        pins.add(pinLabel);
        pins.add(pin);
        pins.add(pinAgainLabel);
        pins.add(pinAgain, "wrap");
        pins.add(texts.text(new WrappingLabel(), "create.pin.hint"), "span, growx");
        add(pins);

        // Study file
        JPanel file = texts.titled(new JPanel(new MigLayout("insets dialog, hidemode 3",
                "[][grow, fill][]", // columns: label, path, choose
                "[]")), "create.file"); // rows
        studyPath.setName("study.path");
        JLabel fileLabel = texts.text(new JLabel(), "create.file.path");
        fileLabel.setLabelFor(studyPath);
        texts.describe(studyPath, "create.file.path", "create.file.path.desc");
        file.add(fileLabel);
        file.add(studyPath, "wmin 60");
        file.add(actions.button(ActionModel.CHOOSE_STUDY_FILE));
        add(file);

        problems.setName("create.problems");
        texts.describe(problems, "create.problems", "create.problems.desc");
        add(problems, "growx");

        JButton cancel = actions.button(ActionModel.CANCEL_CREATE);
        JButton create = actions.button(ActionModel.CREATE_STUDY);
        add(cancel, "split 2, tag cancel, growx 0");
        add(create, "tag ok, growx 0");
        // Enter in the Save-as field creates the study: the last thing typed before creating it.
        studyPath.addActionListener(e -> create.doClick());
    }

    @Override
    public boolean requestFocusInWindow() {
        return bundledForm.isSelected() ? bundledForm.requestFocusInWindow() : otherForm.requestFocusInWindow();
    }

    @Override
    public void languageChanged() {
        laModel.fireTableStructureChanged();
    }

    /** True when the bundled form is chosen. */
    public boolean bundledFormChosen() {
        return bundledForm.isSelected();
    }

    /** The path typed or chosen for another form. */
    public String formPath() {
        return formPath.getText().trim();
    }

    /** Shows a chosen form's path and selects "another form". */
    public void setFormPath(String path) {
        formPath.setText(path);
        otherForm.setSelected(true);
    }

    /** Shows the loaded form's summary, or nothing. */
    public void showFormSummary(String summary) {
        formSummary.setText(summary == null ? "" : summary);
        formSummary.setVisible(summary != null && !summary.isEmpty());
    }

    /** Shows the problems of the chosen form as a list (hidden when there are none). */
    public void showFormProblems(List<String> lines) {
        formProblems.show(lines);
    }

    /** Shows what must be fixed before the study can be created (hidden when nothing). */
    public void showProblems(List<String> lines) {
        problems.show(lines);
    }

    /** The rows of the LA table as typed (blank rows included, so that they can be reported). */
    public List<LocalAuthority> laRows() {
        if (laTable.isEditing()) {
            laTable.getCellEditor().stopCellEditing();
        }
        return laModel.rows();
    }

    /** Replaces the LA table's rows. */
    public void setLas(List<LocalAuthority> las) {
        laModel.setRows(las);
    }

    /** Adds an empty row and starts editing its code. */
    public void addLaRow() {
        int row = laModel.addEmpty();
        laTable.changeSelection(row, 0, false, false);
        laTable.editCellAt(row, 0);
        laTable.requestFocusInWindow();
    }

    /** Removes the selected rows. */
    public void removeSelectedLas() {
        if (laTable.isEditing()) {
            laTable.getCellEditor().cancelCellEditing();
        }
        int[] selected = laTable.getSelectedRows();
        List<Integer> rows = new ArrayList<>();
        for (int row : selected) {
            rows.add(row);
        }
        laModel.remove(rows);
    }

    /** The PIN as typed. */
    public char[] pin() {
        return pin.getPassword();
    }

    /** The PIN typed again. */
    public char[] pinAgain() {
        return pinAgain.getPassword();
    }

    /** The study file path as typed. */
    public String studyPath() {
        return studyPath.getText().trim();
    }

    /** Shows a chosen study file path. */
    public void setStudyPath(String path) {
        studyPath.setText(path);
    }

    /** The LA table (code, name), editable in place. */
    private final class LaTableModel extends DefaultTableModel {
        private static final long serialVersionUID = 1L;

        LaTableModel() {
            super(0, 2);
        }

        @Override
        public String getColumnName(int column) {
            return texts.get(column == 0 ? "create.las.code" : "create.las.name");
        }

        @Override
        public Class<?> getColumnClass(int columnIndex) {
            return String.class;
        }

        List<LocalAuthority> rows() {
            List<LocalAuthority> out = new ArrayList<>();
            for (int row = 0; row < getRowCount(); row++) {
                out.add(new LocalAuthority(text(row, 0), text(row, 1)));
            }
            return out;
        }

        private String text(int row, int column) {
            Object value = getValueAt(row, column);
            return value == null ? "" : value.toString().trim();
        }

        void setRows(List<LocalAuthority> las) {
            setRowCount(0);
            for (LocalAuthority la : las) {
                addRow(new Object[] {la.code(), la.name()});
            }
        }

        int addEmpty() {
            addRow(new Object[] {"", ""});
            return getRowCount() - 1;
        }

        void remove(List<Integer> rows) {
            for (int i = rows.size() - 1; i >= 0; i--) {
                removeRow(rows.get(i));
            }
        }
    }
}
