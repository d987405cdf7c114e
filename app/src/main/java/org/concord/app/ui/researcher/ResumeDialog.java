package org.concord.app.ui.researcher;

import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.RowTableModel;
import org.concord.app.base.ScaledTable;
import org.concord.app.base.Texts;
import org.concord.study.ParticipantState;

/**
 * After a crash or power cut: lists the participants who had started but not finished, and lets the researcher resume
 * one at the page where they stopped. {@link #choose} returns the one chosen, or null for "not now".
 */
public final class ResumeDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final transient List<ParticipantState> unfinished;
    private final ScaledTable table;
    private transient ParticipantState chosen;

    private ResumeDialog(Window owner, Texts texts, List<ParticipantState> unfinished) {
        super(owner, texts.get("resume.title"), ModalityType.APPLICATION_MODAL);
        this.unfinished = List.copyOf(unfinished);
        setName("resumeDialog");
        JPanel content = new JPanel(new MigLayout("insets dialog, hidemode 3, wrap 1, fill",
                "[grow, fill, 400:700:1000]", // columns
                "[]rel[grow, fill]para[]")); // rows: message, table, buttons
        content.add(new JLabel(texts.get("resume.message", unfinished.size())), "width ::100%");
        table = new ScaledTable(new Model(texts, this.unfinished));
        table.setName("resume.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        texts.describe(table, "resume.table", "resume.table.desc");
        table.setRowSelectionInterval(0, 0);
        content.add(new JScrollPane(table), "height 100:200:400");
        JButton later = texts.text(new JButton(), "resume.later");
        later.setName("resume.later");
        texts.describe(later, "resume.later", "resume.later.desc");
        JButton resume = texts.text(new JButton(), "resume.resume");
        resume.setName("resume.resume");
        texts.describe(resume, "resume.resume", "resume.resume.desc");
        later.addActionListener(e -> dispose());
        resume.addActionListener(e -> {
            int row = table.getSelectedRow();
            if (row >= 0) {
                chosen = this.unfinished.get(table.convertRowIndexToModel(row));
                dispose();
            }
        });
        content.add(later, "split 2, tag cancel, growx 0");
        content.add(resume, "tag ok, growx 0");
        getRootPane().setDefaultButton(resume);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setContentPane(content);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the unfinished participants and waits; the one to resume, or null. */
    public static ParticipantState choose(Window owner, Texts texts, List<ParticipantState> unfinished) {
        ResumeDialog dialog = new ResumeDialog(owner, texts, unfinished);
        dialog.setVisible(true);
        return dialog.chosen;
    }

    /** Code, LA, started, last page, answers given. */
    private static final class Model extends RowTableModel<ParticipantState> {
        private static final long serialVersionUID = 1L;
        private final transient DateTimeFormatter time;

        Model(Texts texts, List<ParticipantState> rows) {
            super(texts, List.of("resume.code", "resume.la", "resume.started", "resume.page", "resume.answers"),
                    List.of(String.class, String.class, String.class, String.class, Integer.class));
            time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.formatLocale())
                    .withZone(ZoneId.systemDefault());
            setRows(rows);
        }

        @Override
        protected Object value(ParticipantState state, int column) {
            return switch (column) {
                case 0 -> state.participant().code();
                case 1 -> state.participant().laCode();
                case 2 -> state.startedAt() == null ? "" : time.format(state.startedAt());
                case 3 -> state.lastPage() == null ? "" : state.lastPage();
                default -> state.answers().size();
            };
        }
    }
}
