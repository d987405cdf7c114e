package org.concord.app.ui.researcher;

import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
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
import org.concord.forms.Form;
import org.concord.session.FormSession;
import org.concord.study.LocalAuthority;
import org.concord.study.ParticipantState;

/**
 * After a crash or power cut: lists the participants who had started but not finished, and lets the researcher resume
 * one at the page where they stopped (named as the participant saw it, with its position, and the LA by name and code).
 * Enter resumes the selected one, Escape is "not now". {@link #choose} returns the one chosen, or null for "not now".
 */
public final class ResumeDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final transient List<ParticipantState> unfinished;
    private final ScaledTable table;
    private transient ParticipantState chosen;

    private ResumeDialog(Window owner, Texts texts, List<ParticipantState> unfinished, Form form,
                         List<LocalAuthority> las) {
        super(owner, texts.get("resume.title"), ModalityType.APPLICATION_MODAL);
        this.unfinished = List.copyOf(unfinished);
        setName("resumeDialog");
        JPanel content = new JPanel(new MigLayout("insets dialog, hidemode 3, wrap 1, fill",
                "[grow, fill, 400:700:1000]", // columns
                "[]rel[grow, fill]para[]")); // rows: message, table, buttons
        content.add(new JLabel(texts.get("resume.message", unfinished.size())), "width ::100%");
        table = new ScaledTable(new Model(texts, this.unfinished, form, las));
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
        // The table would take Enter to move down a row: here it means the default, Resume.
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke("ENTER"), "resume");
        table.getActionMap().put("resume", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                resume.doClick(0);
            }
        });
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setContentPane(content);
        pack();
        setLocationRelativeTo(owner);
    }

    /**
     * Shows the unfinished participants of a study collecting {@code form} with the LA list {@code las} and waits; the
     * one to resume, or null.
     */
    public static ParticipantState choose(Window owner, Texts texts, List<ParticipantState> unfinished, Form form,
                                          List<LocalAuthority> las) {
        ResumeDialog dialog = new ResumeDialog(owner, texts, unfinished, form, las);
        dialog.setVisible(true);
        return dialog.chosen;
    }

    /** Code, LA, started, last page, answers given. */
    private static final class Model extends RowTableModel<ParticipantState> {
        private static final long serialVersionUID = 1L;
        private final transient DateTimeFormatter time;
        private final transient Texts texts;
        private final transient Form form;
        private final transient Map<String, String> laNames;

        Model(Texts texts, List<ParticipantState> rows, Form form, List<LocalAuthority> las) {
            super(texts, List.of("resume.code", "resume.la", "resume.started", "resume.page", "resume.answers"),
                    List.of(String.class, String.class, String.class, String.class, Integer.class));
            this.texts = texts;
            this.form = form;
            this.laNames = las.stream().collect(Collectors.toMap(LocalAuthority::code, LocalAuthority::name,
                    (first, second) -> first));
            time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.formatLocale())
                    .withZone(ZoneId.systemDefault());
            setRows(rows);
        }

        @Override
        protected Object value(ParticipantState state, int column) {
            return switch (column) {
                case 0 -> state.participant().code();
                case 1 -> laNames.containsKey(state.participant().laCode())
                        ? texts.get("resume.la.named", laNames.get(state.participant().laCode()),
                                state.participant().laCode())
                        : state.participant().laCode();
                case 2 -> state.startedAt() == null ? "" : time.format(state.startedAt());
                case 3 -> state.lastPage() == null ? "" : page(state);
                default -> state.answers().size();
            };
        }

        /**
         * The page where the participant stopped as they saw it: its label in the researcher's language and its
         * position among the pages their answers make relevant ("Your views (2 of 6)").
         */
        private String page(ParticipantState state) {
            FormSession session = FormSession.start(form, state.answers(), texts.language().code(),
                    state.participant().seed());
            session.goTo(state.lastPage());
            String label = session.currentPage().map(p -> session.text(p.label()))
                    .orElseGet(() -> texts.get("resume.page.review"));
            return texts.get("resume.page.at", label.isBlank() ? form.settings().formTitle() : label,
                    session.pageNumber(), session.pageCount());
        }
    }
}
