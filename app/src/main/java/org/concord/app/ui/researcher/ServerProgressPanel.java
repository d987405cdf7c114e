package org.concord.app.ui.researcher;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.LanguageAware;
import org.concord.app.base.RowTableModel;
import org.concord.app.base.ScaledTable;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.app.base.jobs.BackgroundJobs;
import org.concord.server.ServerAddress;
import org.concord.server.ServerConnection;
import org.concord.server.ServerStatus;
import org.concord.study.Study;
import org.concord.study.SyncLedger;

/**
 * The study server's progress for this study, beside the laptop's own: progress by LA and role over all laptops and
 * each laptop's last send, read after a send or on "Refresh from server" on the background executor (the password
 * from {@code PGPASSWORD}, {@code ~/.pgpass} or asked, kept only for the read). Says clearly when the server cannot
 * be reached.
 */
public final class ServerProgressPanel extends JPanel implements LanguageAware {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;
    private final WrappingLabel status = new WrappingLabel();
    private final ResearcherPanel.ProgressModel progressModel;
    private final LaptopModel laptopModel;
    private final JButton refresh = new JButton();
    private transient ServerProgressModel.View view = ServerProgressModel.notRead();
    private transient Study study;
    private transient Path memory;

    /** The panel, empty until {@link #attach} and a read. */
    public ServerProgressPanel(Texts texts) {
        super(new MigLayout("insets dialog, hidemode 3, wrap 1, fillx",
                "[grow, fill]", // columns: one; the tables one above the other, so that 200% stays narrow
                "[]rel[]rel[]rel[]")); // rows: status, progress by LA and role, laptops, refresh
        this.texts = texts;
        texts.titled(this, "serverProgress");
        setName("serverProgress");
        progressModel = new ResearcherPanel.ProgressModel(texts);
        laptopModel = new LaptopModel(texts);
        ScaledTable progress = new ScaledTable(progressModel);
        progress.setName("serverProgress.table");
        progress.setAutoCreateRowSorter(true);
        texts.describe(progress, "serverProgress.table", "serverProgress.table.desc");
        ScaledTable laptops = new ScaledTable(laptopModel);
        laptops.setName("serverProgress.laptops");
        laptops.setAutoCreateRowSorter(true);
        texts.describe(laptops, "serverProgress.laptops", "serverProgress.laptops.desc");
        status.setName("serverProgress.status");
        refresh.setName("serverProgress.refresh");
        texts.text(refresh, "serverProgress.refresh");
        texts.describe(refresh, "serverProgress.refresh", "serverProgress.refresh.desc");
        refresh.addActionListener(e -> refresh());
        add(status, "growx, wmin 100");
        add(new JScrollPane(progress), "wmin 100, height 60:100:300");
        add(new JScrollPane(laptops), "wmin 100, height 60:100:300");
        add(refresh, "growx 0");
        show(view);
    }

    /** The study whose progress is read, and the file that remembers the server address. */
    public void attach(Study openStudy, Path addressFile) {
        this.study = openStudy;
        this.memory = addressFile;
    }

    /**
     * Reads the study's progress from {@code server} (on the calling background thread): what to show, or why it
     * could not be read.
     */
    ServerProgressModel.View read(ServerConnection server) {
        try {
            List<ServerStatus.StudyStatus> studies = ServerStatus.read(server);
            return ServerProgressModel.of(studies, SyncLedger.studyId(study), server.address().toString(),
                    Instant.now(), texts.formatLocale(), ZoneId.systemDefault());
        } catch (RuntimeException e) {
            return ServerProgressModel.unreachable(server.address().toString(), e);
        }
    }

    /** Shows {@code shown} (on the event thread). */
    void show(ServerProgressModel.View shown) {
        view = shown;
        status.setText(texts.get(shown.status()));
        progressModel.setRows(shown.progress());
        laptopModel.setRows(shown.laptops());
    }

    /** Reads again from the remembered server, asking for the password when the server wants one not found. */
    private void refresh() {
        String remembered = ServerNote.rememberedAddress(memory);
        if (study == null || remembered.isBlank()) {
            show(ServerProgressModel.noAddress());
            return;
        }
        refresh.setEnabled(false);
        status.setText(texts.get("serverProgress.reading", remembered));
        BackgroundJobs.run(() -> {
            ServerConnection server;
            try {
                server = ServerConnection.of(ServerAddress.parse(remembered), System.getenv(),
                        Path.of(System.getProperty("user.home")), this::askPassword);
            } catch (RuntimeException e) {
                return ServerProgressModel.unreachable(remembered, e);
            }
            try {
                return read(server);
            } finally {
                server.forget();
            }
        }, shown -> {
            refresh.setEnabled(true);
            show(shown);
        }, failure -> {
            refresh.setEnabled(true);
            show(ServerProgressModel.unreachable(remembered, failure));
        });
    }

    /** Asks for the password on the event thread (called on the background thread); null when cancelled. */
    private char[] askPassword(ServerAddress address) {
        AtomicReference<char[]> typed = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                JPasswordField field = new JPasswordField(20);
                field.setName("serverProgress.password");
                JOptionPane pane = new JOptionPane(new Object[] {texts.get("serverProgress.password", address),
                    field}, JOptionPane.QUESTION_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
                JDialog dialog = pane.createDialog(this, texts.get("serverProgress.password.title"));
                dialog.setName("serverProgress.passwordDialog");
                dialog.addWindowFocusListener(new WindowAdapter() {
                    @Override
                    public void windowGainedFocus(WindowEvent e) {
                        field.requestFocusInWindow();
                    }
                });
                dialog.setVisible(true);
                dialog.dispose();
                if (Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue()) && field.getPassword().length > 0) {
                    typed.set(field.getPassword());
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            return null;
        }
        return typed.get();
    }

    @Override
    public void languageChanged() {
        progressModel.fireTableStructureChanged();
        laptopModel.fireTableStructureChanged();
        show(view);
    }

    /** The laptops that have sent to the study: name, participants, last send. */
    private static final class LaptopModel extends RowTableModel<ServerProgressModel.LaptopRow> {
        private static final long serialVersionUID = 1L;

        LaptopModel(Texts texts) {
            super(texts, List.of("serverProgress.laptop", "serverProgress.laptop.participants",
                    "serverProgress.laptop.lastSync"), List.of(String.class, Long.class, String.class));
        }

        @Override
        protected Object value(ServerProgressModel.LaptopRow r, int column) {
            return switch (column) {
                case 0 -> r.laptop();
                case 1 -> r.participants();
                default -> r.lastSync();
            };
        }
    }
}
