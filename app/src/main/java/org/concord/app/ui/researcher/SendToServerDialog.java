package org.concord.app.ui.researcher;

import java.awt.Window;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.app.base.jobs.BackgroundJobs;
import org.concord.app.ui.start.CreateStudyController;
import org.concord.server.ServerAddress;
import org.concord.server.ServerConnection;
import org.concord.server.ServerSync;
import org.concord.study.Study;

/**
 * "Send to server": asks for the server address (remembered) and the password (asked each time, kept only in memory
 * for the send), sends what the server lacks on the background executor with a progress bar, and shows the result:
 * rows sent and every conflict with what the server had.
 */
final class SendToServerDialog {
    private final JDialog dialog;
    private final Texts texts;
    private final Study study;
    private final Path memory;
    private final Runnable sent;
    private final ServerProgressPanel serverProgress;
    private final JTextField address = new JTextField(36);
    private final JPasswordField password = new JPasswordField(20);
    private final JProgressBar progress = new JProgressBar();
    private final WrappingLabel result = new WrappingLabel();
    private final JButton send = new JButton();
    private final JButton close = new JButton();

    private SendToServerDialog(Window owner, Texts texts, Study study, Path memory, Runnable sent,
                               ServerProgressPanel serverProgress) {
        this.serverProgress = serverProgress;
        this.texts = texts;
        this.study = study;
        this.memory = memory;
        this.sent = sent;
        dialog = new JDialog(owner, texts.get("server.title"), JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("sendToServer");
        dialog.setLayout(new MigLayout("insets dialog, wrap 2, fillx",
                "[][grow, fill, 300:420:800]", // columns: labels, fields
                "[]rel[]unrel[]unrel[]rel[grow, top]para[]")); // rows: address, format, password, progress, result, buttons
        address.setName("server.address");
        address.setText(ServerNote.rememberedAddress(memory));
        JLabel addressLabel = texts.text(new JLabel(), "server.address");
        addressLabel.setLabelFor(address);
        texts.describe(address, "server.address", "server.address.desc");
        password.setName("server.password");
        JLabel passwordLabel = texts.text(new JLabel(), "server.password");
        passwordLabel.setLabelFor(password);
        texts.describe(password, "server.password", "server.password.desc");
        WrappingLabel format = new WrappingLabel();
        format.setText(texts.get("server.address.format"));
        format.setName("server.format");
        progress.setName("server.progress");
        progress.setStringPainted(true);
        progress.setString(" ");
        result.setName("server.result");
        texts.text(send, "server.send");
        send.setName("server.send");
        texts.text(close, "server.close");
        close.setName("server.close");
        dialog.add(addressLabel);
        dialog.add(address);
        dialog.add(format, "skip 1, growx, wmin 100");
        dialog.add(passwordLabel);
        dialog.add(password);
        dialog.add(progress, "span 2, growx");
        dialog.add(new JScrollPane(result), "span 2, grow, height 60:120:400");
        dialog.add(send, "span 2, split 2, right, tag ok");
        dialog.add(close, "tag cancel");
        send.addActionListener(e -> send());
        close.addActionListener(e -> dialog.dispose());
        dialog.getRootPane().setDefaultButton(send);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /**
     * Shows the dialog (modal); {@code sent} runs on the event thread after every send that completed, and after each
     * send that reached the server {@code serverProgress} shows the server's progress for the study.
     */
    static void show(Window owner, Texts texts, Study study, Path memory, Runnable sent,
                     ServerProgressPanel serverProgress) {
        SendToServerDialog d = new SendToServerDialog(owner, texts, study, memory, sent, serverProgress);
        SwingUtilities.invokeLater(() -> (d.address.getText().isBlank() ? d.address : d.password).requestFocusInWindow());
        d.dialog.setVisible(true);
    }

    private void send() {
        String typed = address.getText().trim();
        ServerAddress parsed;
        try {
            parsed = ServerAddress.parse(typed);
        } catch (RuntimeException e) {
            result.setText(String.join("\n", CreateStudyController.lines(e)));
            return;
        }
        List<String> notes = new ArrayList<>();
        try {
            ServerNote.remember(memory, typed);
        } catch (IOException e) {
            notes.add(texts.get("server.notRemembered", memory.toString(), String.valueOf(e.getMessage())));
        }
        char[] secret = password.getPassword();
        password.setText("");
        // The typed password answers the server's request for one, as the terminal prompt does for the command line;
        // it stays in this char array only and is wiped after the send. Without one, PGPASSWORD or ~/.pgpass is used.
        ServerConnection server = secret.length == 0
                ? ServerConnection.of(parsed, System.getenv(), Path.of(System.getProperty("user.home")), a -> null)
                : ServerConnection.of(parsed, Map.of(), null, a -> secret);
        send.setEnabled(false);
        progress.setIndeterminate(true);
        progress.setString(texts.get("server.connecting"));
        result.setText("");
        BackgroundJobs.run(() -> {
            try {
                ServerSync.Report report = ServerSync.sync(study, server, laptopName(), ServerSync.DEFAULT_BATCH,
                        false, (done, total, rows) -> SwingUtilities.invokeLater(
                                () -> showProgress(done, total, rows)));
                ServerProgressModel.View status = serverProgress.read(server);
                SwingUtilities.invokeLater(() -> serverProgress.show(status));
                return report;
            } finally {
                server.forget();
                Arrays.fill(secret, '\0');
            }
        }, report -> {
            List<String> lines = new ArrayList<>(notes);
            lines.add(texts.get(ServerNote.result(report)));
            report.conflicts().forEach(c -> lines.add("  " + c));
            finish(lines, 100);
            sent.run();
        }, failure -> {
            List<String> lines = new ArrayList<>(notes);
            lines.add(texts.get("server.failed"));
            lines.addAll(CreateStudyController.lines(failure));
            finish(lines, 0);
            sent.run();
        });
    }

    private void showProgress(int done, int total, long rows) {
        progress.setIndeterminate(false);
        progress.setMaximum(Math.max(1, total));
        progress.setValue(done);
        progress.setString(texts.get("server.progress", done, total, rows));
    }

    private void finish(List<String> lines, int percent) {
        progress.setIndeterminate(false);
        progress.setMaximum(100);
        progress.setValue(percent);
        progress.setString(" ");
        result.setText(String.join("\n", lines));
        send.setEnabled(true);
    }

    private static String laptopName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "laptop";
        }
    }
}
