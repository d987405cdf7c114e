package org.concord.app.ui.researcher;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.WindowConstants;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Message;
import org.concord.app.base.ProblemList;
import org.concord.app.base.ScaledTable;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.app.ui.start.NewStudyScreenModel;
import org.concord.study.LocalAuthority;

/**
 * Changes an open study's LA list: add LAs, rename any of them, remove those without fieldwork. An LA that sessions
 * or answers refer to keeps its code and stays in the list (the dialog says why); checks as "new study" does. Its
 * components are named {@code laEdit}, {@code laEdit.table}, {@code .add}, {@code .remove}, {@code .problems},
 * {@code .save} and {@code .cancel}.
 */
final class LaListDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;
    private final transient Set<String> inUse;
    private final LaModel model = new LaModel();
    private final ScaledTable table;
    private final ProblemList problems = new ProblemList();
    private transient List<LocalAuthority> saved;

    private LaListDialog(Window owner, Texts texts, List<LocalAuthority> las, Set<String> inUse) {
        super(owner, texts.get("laEdit.title"), ModalityType.DOCUMENT_MODAL);
        this.texts = texts;
        this.inUse = Set.copyOf(inUse);
        table = new ScaledTable(model);
        setName("laEdit");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        las.forEach(la -> model.rows.add(new String[] {la.code(), la.name()}));
        JPanel content = new JPanel(new MigLayout("insets dialog, hidemode 3, wrap 2",
                "[grow, fill, 300:520:800][fill]", // columns: table, buttons
                "[]rel[top, grow, fill]rel[]rel[]")); // rows: hint, table with buttons, problems, save and cancel
        content.add(texts.text(new WrappingLabel(), "laEdit.hint"), "span, wmin 0");
        table.setName("laEdit.table");
        table.tabBetweenCells();
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        texts.describe(table, "laEdit.table", "laEdit.table.desc");
        content.add(new JScrollPane(table), "height 120:240:400");
        JButton add = button("laEdit.add");
        JButton remove = button("laEdit.remove");
        add.addActionListener(e -> addRow());
        remove.addActionListener(e -> removeSelected());
        JPanel side = new JPanel(new MigLayout("insets 0, wrap 1", "[fill]", "[]rel[]"));
        side.add(add);
        side.add(remove);
        content.add(side);
        problems.setName("laEdit.problems");
        texts.describe(problems, "laEdit.problems", null);
        problems.show(List.of());
        content.add(problems, "span, wmin 0");
        JButton save = button("laEdit.save");
        JButton cancel = button("laEdit.cancel");
        save.addActionListener(e -> save());
        cancel.addActionListener(e -> dispose());
        content.add(save, "span, split 2, right, tag ok, growx 0");
        content.add(cancel, "tag cancel, growx 0");
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setContentPane(content);
        pack();
        pack();
        setLocationRelativeTo(owner);
    }

    /**
     * Shows the dialog over {@code owner} with {@code las}, of which {@code inUse} (codes) have fieldwork, and waits:
     * the list to save, or null when the researcher cancelled.
     */
    static List<LocalAuthority> edit(Window owner, Texts texts, List<LocalAuthority> las, Set<String> inUse) {
        LaListDialog dialog = new LaListDialog(owner, texts, las, inUse);
        dialog.setVisible(true);
        return dialog.saved;
    }

    private JButton button(String key) {
        JButton button = texts.text(new JButton(), key);
        button.setName(key);
        texts.describe(button, key, key + ".desc");
        return button;
    }

    private void stopEditing() {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
    }

    private void addRow() {
        stopEditing();
        model.rows.add(new String[] {"", ""});
        int row = model.rows.size() - 1;
        model.fireTableRowsInserted(row, row);
        table.changeSelection(row, 0, false, false);
        table.editCellAt(row, 0);
        table.requestFocusInWindow();
    }

    private void removeSelected() {
        stopEditing();
        List<String> kept = new ArrayList<>();
        int[] selected = table.getSelectedRows();
        for (int i = selected.length - 1; i >= 0; i--) {
            String[] row = model.rows.get(selected[i]);
            if (inUse.contains(row[0])) {
                kept.add(0, texts.get("laEdit.inUse", row[1], row[0]));
            } else {
                model.rows.remove(selected[i]);
            }
        }
        model.fireTableDataChanged();
        problems.show(kept);
        pack();
    }

    private void save() {
        stopEditing();
        List<LocalAuthority> rows = model.rows.stream().map(r -> new LocalAuthority(r[0].trim(), r[1].trim())).toList();
        List<Message> found = new ArrayList<>();
        List<LocalAuthority> las = NewStudyScreenModel.checkLas(rows, found);
        if (las.isEmpty() && found.isEmpty()) {
            found.add(Message.of("create.problem.noLas"));
        }
        if (!found.isEmpty()) {
            problems.show(found.stream().map(texts::get).toList());
            pack();
            return;
        }
        saved = las;
        dispose();
    }

    /** Code and name of each row; the code of an LA with fieldwork cannot be edited. */
    private final class LaModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final transient List<String[]> rows = new ArrayList<>();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 2;
        }

        @Override
        public String getColumnName(int column) {
            return texts.get(column == 0 ? "create.las.code" : "create.las.name");
        }

        @Override
        public Object getValueAt(int row, int column) {
            return rows.get(row)[column];
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 1 || !inUse.contains(rows.get(row)[0]);
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            rows.get(row)[column] = value == null ? "" : value.toString();
            fireTableCellUpdated(row, column);
        }
    }
}
