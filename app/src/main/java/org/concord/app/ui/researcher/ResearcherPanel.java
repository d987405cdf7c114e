package org.concord.app.ui.researcher;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.JTextField;
import javax.swing.ListCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.LanguageAware;
import org.concord.app.base.RowTableModel;
import org.concord.app.base.ScaledTable;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.study.LocalAuthority;
import org.concord.study.ProgressRow;

/**
 * The researcher's view of an open study, behind the PIN: the fieldwork session (start one for an LA, start
 * participants, end it), progress by LA and role, and export and merge. Only draws; {@link ResearcherController} acts.
 */
public final class ResearcherPanel extends JPanel implements LanguageAware {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;

    private final JLabel studyTitle = new JLabel();
    private final WrappingLabel studyDetails = new WrappingLabel();
    private final DefaultComboBoxModel<LocalAuthority> laModel = new DefaultComboBoxModel<>();
    private final JComboBox<LocalAuthority> la = new JComboBox<>(laModel);
    private final JTextField initials = new JTextField(6);
    private final JPanel newSession;
    private final JPanel activeSession;
    private final WrappingLabel sessionDetails = new WrappingLabel();
    private final ProgressModel progressModel;
    private final ScaledTable progress;
    private final JLabel progressTotals = new JLabel(" ");
    private final WrappingLabel dataMessage = new WrappingLabel();
    private final WrappingLabel serverNote = new WrappingLabel();
    private final JCheckBox completedOnly = new JCheckBox();
    private final JButton startSession;
    private final JButton startParticipants;
    private final JButton editLas = new JButton();
    private final JButton changePin = new JButton();
    private final JSpinner idleMinutes = new JSpinner(new SpinnerNumberModel(5, 1, 120, 1));
    private final ServerProgressPanel serverProgress;

    /** The view, with buttons made from {@code actions}. */
    public ResearcherPanel(Texts texts, Actions actions) {
        super(new MigLayout("insets dialog, hidemode 3, wrap 1, fillx",
                "[grow, fill, 400:800:1100]", // columns
                "[]rel[]para[]para[]para[]para[]")); // rows: title, details, session, progress, data, set-up
        this.texts = texts;
        progressModel = new ProgressModel(texts);
        progress = new ScaledTable(progressModel);
        setName("researcherPanel");
        studyTitle.setName("study.title");
        studyTitle.putClientProperty("FlatLaf.styleClass", "h1");
        studyDetails.setName("study.details");
        add(studyTitle);
        add(studyDetails, "growx");

        // Session: either the choice of LA and initials, or the running session.
        JPanel session = texts.titled(new JPanel(new MigLayout("insets dialog, hidemode 3, wrap 1, fillx",
                "[grow, fill]", // columns
                "[][]")), "researcher.session"); // rows: new session, active session (one of them shows)
        newSession = new JPanel(new MigLayout("insets 0, hidemode 3",
                "[][grow, fill, 200:300:500]", // columns: labels, LA (initials and start share its cell)
                "[]rel[]")); // rows: LA, initials and start (apart, so that Welsh at 200% is not cut off)
        la.setName("session.la");
        la.setRenderer(laRenderer(la.getRenderer()));
        JLabel laLabel = texts.text(new JLabel(), "researcher.session.la");
        laLabel.setLabelFor(la);
        texts.describe(la, "researcher.session.la", "researcher.session.la.desc");
        initials.setName("session.initials");
        JLabel initialsLabel = texts.text(new JLabel(), "researcher.session.initials");
        initialsLabel.setLabelFor(initials);
        texts.describe(initials, "researcher.session.initials", "researcher.session.initials.desc");
        startSession = actions.button(ActionModel.START_SESSION);
        newSession.add(laLabel);
        newSession.add(la, "wrap");
        newSession.add(initialsLabel);
        newSession.add(initials, "split 2, growx 0, w 80:100:160");
        newSession.add(startSession, "gapleft unrel, growx 0");
        // Enter in the initials field starts the session, as the researcher expects after typing them.
        initials.addActionListener(e -> startSession.doClick());
        activeSession = new JPanel(new MigLayout("insets 0, hidemode 3",
                "[grow, fill][][]", // columns: details, start participants, end session
                "[]")); // rows
        sessionDetails.setName("session.details");
        startParticipants = actions.button(ActionModel.START_PARTICIPANTS);
        startParticipants.putClientProperty("FlatLaf.styleClass", "large");
        activeSession.add(sessionDetails, "growx");
        activeSession.add(startParticipants);
        activeSession.add(actions.button(ActionModel.END_SESSION));
        session.add(newSession);
        session.add(activeSession);
        add(session);

        // Progress by LA and role.
        JPanel progressBox = texts.titled(new JPanel(new MigLayout("insets dialog, hidemode 3",
                "[grow, fill][]", // columns: totals, refresh
                "[top]rel[]")), "researcher.progress"); // rows: table, totals and refresh
        progress.setName("progress.table");
        progress.setAutoCreateRowSorter(true);
        texts.describe(progress, "researcher.progress.table", "researcher.progress.table.desc");
        progressTotals.setName("progress.totals");
        progressBox.add(new JScrollPane(progress), "span, wmin 100, height 100:180:400, wrap");
        progressBox.add(progressTotals);
        progressBox.add(actions.button(ActionModel.REFRESH_PROGRESS));
        add(progressBox);
        serverProgress = new ServerProgressPanel(texts); // the server's progress for the study, over all laptops
        add(serverProgress);

        // Export and merge.
        JPanel data = texts.titled(new JPanel(new MigLayout("insets dialog, hidemode 3",
                "[][][]push", // columns: export CSV, export XLSX, merge (the message spans them)
                "[]rel[]rel[]rel[]rel[]")), "researcher.data"); // rows: completed only, buttons, stats, server, message
        dataMessage.setName("data.message");
        completedOnly.setName("data.completedOnly");
        texts.text(completedOnly, "researcher.data.completedOnly");
        texts.describe(completedOnly, "researcher.data.completedOnly", "researcher.data.completedOnly.desc");
        data.add(completedOnly, "span, wrap");
        data.add(actions.button(ActionModel.EXPORT_CSV));
        data.add(actions.button(ActionModel.EXPORT_XLSX));
        data.add(actions.button(ActionModel.MERGE), "wrap");
        // Exports for the statistics packages, then the study server and what it does not have yet: rows of their own,
        // so that long (Welsh, 200%) labels do not widen the columns above.
        JPanel stats = new JPanel(new MigLayout("insets 0", "[][]", "[]")); // columns: SPSS, Stata
        stats.add(actions.button(ActionModel.EXPORT_SAV));
        stats.add(actions.button(ActionModel.EXPORT_DTA));
        data.add(stats, "span, wrap");
        JPanel server = new JPanel(new MigLayout("insets 0, fillx", "[][grow, fill, 100:pref]", "[]")); // send, note
        serverNote.setName("server.note");
        server.add(actions.button(ActionModel.SEND_TO_SERVER));
        server.add(serverNote, "growx");
        data.add(server, "span, growx, wrap");
        data.add(dataMessage, "span, growx");
        add(data);

        // Study set-up: the LA list and the PIN, changed after creation; when this view locks itself.
        JPanel setup = texts.titled(new JPanel(new MigLayout("insets dialog, hidemode 3, fillx",
                "[][][grow]", // columns: LAs, PIN (the idle line spans them)
                "[]rel[]")), "setup"); // rows: buttons, idle time (its label wraps)
        editLas.setName("setup.las");
        texts.text(editLas, "setup.las");
        texts.describe(editLas, "setup.las", "setup.las.desc");
        changePin.setName("setup.pin");
        texts.text(changePin, "setup.pin");
        texts.describe(changePin, "setup.pin", "setup.pin.desc");
        idleMinutes.setName("setup.idleMinutes");
        WrappingLabel idleLabel = texts.text(new WrappingLabel(), "setup.idle");
        texts.describe(idleMinutes, "setup.idle", "setup.idle.desc");
        texts.describe(((JSpinner.DefaultEditor) idleMinutes.getEditor()).getTextField(), "setup.idle",
                "setup.idle.desc");
        setup.add(editLas);
        setup.add(changePin, "wrap");
        setup.add(idleLabel, "span 3, split 2, growx, wmin 0");
        setup.add(idleMinutes, "aligny top");
        add(setup);
        showSession(null);
    }

    private static ListCellRenderer<? super LocalAuthority> laRenderer(ListCellRenderer<? super LocalAuthority> base) {
        return (JList<? extends LocalAuthority> list, LocalAuthority value, int index, boolean selected, boolean focus) -> {
            @SuppressWarnings("unchecked")
            ListCellRenderer<Object> plain = (ListCellRenderer<Object>) (ListCellRenderer<?>) base;
            @SuppressWarnings("unchecked")
            JList<Object> objects = (JList<Object>) (JList<?>) list;
            Object text = value == null ? "" : value.name() + " (" + value.code() + ")";
            return plain.getListCellRendererComponent(objects, text, index, selected, focus);
        };
    }

    @Override
    public boolean requestFocusInWindow() {
        return newSession.isVisible() ? la.requestFocusInWindow() : startParticipants.requestFocusInWindow();
    }

    @Override
    public void languageChanged() {
        progressModel.fireTableStructureChanged();
        // The outcome of the last export or merge was written in the other language: it is stale now.
        dataMessage.setText("");
        serverProgress.languageChanged();
    }

    /** Runs {@code onEditLas} and {@code onChangePin} when the researcher asks to change the LA list or the PIN. */
    public void onSetup(Runnable onEditLas, Runnable onChangePin) {
        editLas.addActionListener(e -> onEditLas.run());
        changePin.addActionListener(e -> onChangePin.run());
    }

    /** Shows the minutes without use before this view locks; the researcher's changes go to {@code onChange}. */
    public void showIdleMinutes(int minutes, IntConsumer onChange) {
        idleMinutes.setValue(Math.max(1, Math.min(120, minutes)));
        idleMinutes.addChangeListener(e -> onChange.accept((Integer) idleMinutes.getValue()));
    }

    /** Shows the study's title and details. */
    public void showStudy(String title, String details) {
        studyTitle.setText(title);
        studyDetails.setText(details);
    }

    /** Offers these LAs for a new session. */
    public void setLas(List<LocalAuthority> las) {
        laModel.removeAllElements();
        laModel.addAll(las);
        if (!las.isEmpty()) {
            la.setSelectedIndex(0);
        }
    }

    /** The LA chosen for a new session, or null. */
    public LocalAuthority chosenLa() {
        return (LocalAuthority) la.getSelectedItem();
    }

    /** The initials typed for a new session. */
    public String initials() {
        return initials.getText().trim();
    }

    /** Shows the running session's details, or (null) the choice of LA and initials for a new one. */
    public void showSession(String details) {
        boolean active = details != null;
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        boolean focusHere = owner != null && (newSession.isAncestorOf(owner) || activeSession.isAncestorOf(owner));
        newSession.setVisible(!active);
        activeSession.setVisible(active);
        sessionDetails.setText(active ? details : "");
        revalidate();
        repaint();
        if (focusHere || owner == null) {
            // The control that had the focus was just hidden: move it to the first control now shown.
            requestFocusInWindow();
        }
    }

    /** Shows progress rows and their totals line. */
    public void showProgress(List<ProgressRow> rows, String totals) {
        progressModel.setRows(rows);
        progressTotals.setText(totals);
    }

    /** True when exports should leave out participants who have not submitted. */
    public boolean completedOnly() {
        return completedOnly.isSelected();
    }

    /** Shows the outcome of the last export or merge. */
    public void showDataMessage(String message) {
        dataMessage.setText(message == null ? "" : message);
    }

    /** The study server's progress for the study. */
    public ServerProgressPanel serverProgress() {
        return serverProgress;
    }

    /** Shows what the study has not yet sent to the server. */
    public void showServerNote(String note) {
        serverNote.setText(note == null ? "" : note);
    }

    /** Progress rows: LA code, LA name, role, started, completed. */
    static final class ProgressModel extends RowTableModel<ProgressRow> {
        private static final long serialVersionUID = 1L;

        ProgressModel(Texts texts) {
            super(texts, List.of("researcher.progress.laCode", "researcher.progress.laName",
                    "researcher.progress.role", "researcher.progress.started", "researcher.progress.completed"),
                    List.of(String.class, String.class, String.class, Integer.class, Integer.class));
        }

        @Override
        protected Object value(ProgressRow r, int column) {
            return switch (column) {
                case 0 -> r.laCode();
                case 1 -> r.laName();
                case 2 -> roleText(r.roleGroup());
                case 3 -> r.started();
                default -> r.completed();
            };
        }

        private String roleText(String roleGroup) {
            if (roleGroup == null || roleGroup.isBlank()) {
                return texts().get("researcher.progress.role.unknown");
            }
            return switch (roleGroup) {
                case "leader" -> texts().get("researcher.progress.role.leader");
                case "worker" -> texts().get("researcher.progress.role.worker");
                default -> roleGroup;
            };
        }
    }
}
