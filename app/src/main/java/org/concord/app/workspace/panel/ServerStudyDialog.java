package org.concord.app.workspace.panel;

import java.awt.Component;
import java.awt.Window;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.app.base.jobs.BackgroundJobs;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.server.ServerAddress;
import org.concord.server.ServerConnection;
import org.concord.server.ServerStatus;
import org.concord.server.ServerStudyReader;
import org.concord.stats.analysis.AnalysisInput;

/**
 * "Add server study": the server's address and password (empty: {@code PGPASSWORD} or {@code ~/.pgpass}), the
 * studies on the server listed on the background executor, and one chosen. The password stays in memory only, for
 * the workspace's reads of that study; it is never written anywhere.
 */
final class ServerStudyDialog {
    /**
     * A study on a server as an input of the analysis.
     *
     * @param address     the server, as typed
     * @param study       the study as the server lists it
     * @param source      opens the study for {@link AnalysisInput.Builder#server}
     * @param forget      wipes the password kept for the source
     */
    record Chosen(String address, ServerStatus.StudyStatus study, AnalysisInput.ServerSource source,
                  Runnable forget) {
    }

    private final JDialog dialog;
    private final Texts texts;
    private final JTextField address = new JTextField(36);
    private final JPasswordField password = new JPasswordField(20);
    private final DefaultComboBoxModel<ServerStatus.StudyStatus> studies = new DefaultComboBoxModel<>();
    private final JComboBox<ServerStatus.StudyStatus> study = new JComboBox<>(studies);
    private final WrappingLabel message = new WrappingLabel();
    private final JButton list = new JButton();
    private final JButton add = new JButton();
    private ServerAddress listed;
    private char[] listedPassword;
    private Chosen chosen;

    private ServerStudyDialog(Window owner, Texts texts, String lastAddress) {
        this.texts = texts;
        dialog = new JDialog(owner, texts.get("serverStudy.title"), JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("serverStudy");
        dialog.setLayout(new MigLayout("insets dialog, wrap 2, fillx",
                "[][grow, fill, 300:420:800]", // columns: labels, fields
                // rows: address, format, password, list, study, message, buttons
                "[]rel[]unrel[]unrel[]unrel[]rel[grow, top]para[]"));
        address.setName("serverStudy.address");
        address.setText(lastAddress);
        password.setName("serverStudy.password");
        study.setName("serverStudy.study");
        study.setRenderer(renderer());
        message.setName("serverStudy.message");
        list.setName("serverStudy.list");
        add.setName("serverStudy.add");
        JButton cancel = new JButton();
        cancel.setName("serverStudy.cancel");
        texts.text(list, "serverStudy.list");
        texts.text(add, "serverStudy.ok");
        texts.text(cancel, "serverStudy.cancel");
        WrappingLabel format = new WrappingLabel();
        format.setText(texts.get("serverStudy.address.format"));
        dialog.add(label("serverStudy.address", address));
        dialog.add(address);
        dialog.add(format, "skip 1, growx, wmin 100");
        dialog.add(label("serverStudy.password", password));
        dialog.add(password);
        texts.describe(password, "serverStudy.password", "serverStudy.password.desc");
        texts.describe(address, "serverStudy.address", "serverStudy.address.format");
        texts.describe(study, "serverStudy.study", "serverStudy.study.desc");
        dialog.add(list, "skip 1, growx 0");
        dialog.add(label("serverStudy.study", study));
        dialog.add(study, "wmin 100");
        dialog.add(message, "span 2, growx, wmin 100, height 40:pref");
        dialog.add(add, "span 2, split 2, right, tag ok");
        dialog.add(cancel, "tag cancel");
        add.setEnabled(false);
        list.addActionListener(e -> list());
        add.addActionListener(e -> choose());
        cancel.addActionListener(e -> close());
        dialog.getRootPane().setDefaultButton(list);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /** Shows the dialog (modal) and returns the study chosen, or null. */
    static Chosen show(Component parent, Texts texts, String lastAddress) {
        ServerStudyDialog d = new ServerStudyDialog(SwingUtilities.getWindowAncestor(parent), texts, lastAddress);
        SwingUtilities.invokeLater(() -> (d.address.getText().isBlank() ? d.address : d.password)
                .requestFocusInWindow());
        d.dialog.setVisible(true);
        return d.chosen;
    }

    private JLabel label(String key, Component field) {
        JLabel label = texts.text(new JLabel(), key);
        label.setLabelFor(field);
        return label;
    }

    private DefaultListCellRenderer renderer() {
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> jlist, Object value, int index, boolean selected,
                                                          boolean focused) {
                Object text = value instanceof ServerStatus.StudyStatus s ? texts.get("serverStudy.item",
                        s.formTitle(), s.participants(), s.laptops().size(), s.studyId()) : " ";
                return super.getListCellRendererComponent(jlist, text, index, selected, focused);
            }
        };
    }

    /** Lists the server's studies on the background executor. */
    private void list() {
        ServerAddress parsed;
        try {
            parsed = ServerAddress.parse(address.getText().trim());
        } catch (InputException e) {
            message.setText(problems(e));
            return;
        }
        forgetListed();
        char[] typed = password.getPassword();
        password.setText("");
        ServerConnection server = connection(parsed, typed);
        list.setEnabled(false);
        add.setEnabled(false);
        studies.removeAllElements();
        message.setText(texts.get("serverStudy.listing"));
        BackgroundJobs.run(() -> {
            try {
                return ServerStatus.read(server);
            } finally {
                server.forget();
            }
        }, found -> {
            listed = parsed;
            listedPassword = typed;
            list.setEnabled(true);
            studies.addAll(found);
            if (!found.isEmpty()) {
                study.setSelectedIndex(found.size() - 1);
            }
            add.setEnabled(!found.isEmpty());
            dialog.getRootPane().setDefaultButton(add);
            message.setText(texts.get("serverStudy.found", found.size()));
        }, failure -> {
            Arrays.fill(typed, '\0');
            list.setEnabled(true);
            message.setText(texts.get("serverStudy.failed") + "\n" + problems(failure));
        });
    }

    /**
     * A connection to {@code address} with the typed password, or when none was typed the one in {@code PGPASSWORD}
     * or the password file (the connection copies nothing it is given into a file).
     */
    private static ServerConnection connection(ServerAddress address, char[] typed) {
        return typed.length == 0
                ? ServerConnection.of(address, System.getenv(), Path.of(System.getProperty("user.home")), a -> null)
                : ServerConnection.of(address, Map.of(), null, a -> typed.clone());
    }

    private void choose() {
        ServerStatus.StudyStatus picked = (ServerStatus.StudyStatus) study.getSelectedItem();
        if (picked == null || listed == null) {
            return;
        }
        ServerAddress server = listed;
        char[] secret = listedPassword;
        listedPassword = null;
        String id = picked.studyId();
        chosen = new Chosen(address.getText().trim(), picked,
                () -> ServerStudyReader.open(connection(server, secret), id), () -> Arrays.fill(secret, '\0'));
        dialog.dispose();
    }

    private void close() {
        forgetListed();
        dialog.dispose();
    }

    private void forgetListed() {
        if (listedPassword != null) {
            Arrays.fill(listedPassword, '\0');
            listedPassword = null;
        }
    }

    private static String problems(Throwable failure) {
        if (failure instanceof InputException input) {
            return String.join("\n", input.problems().stream().map(Problem::toString).toList());
        }
        return String.valueOf(failure.getMessage());
    }
}
