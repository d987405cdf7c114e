package org.concord.app.ui.researcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.concord.app.base.Message;
import org.concord.server.ServerSync;
import org.concord.study.Study;
import org.concord.study.SyncLedger;

/**
 * What the researcher view says about the study server, without Swing: what is not yet sent (read from the study
 * file's own record, so it works offline), the outcome of a send, and the server address remembered between runs in
 * {@code server.properties} beside the display settings (the address only: a password is never written anywhere).
 */
final class ServerNote {
    private ServerNote() {
    }

    /** The line saying what the study has not yet sent to the server it last sent to (or to any server). */
    static Message pending(Study study, Locale formatLocale, ZoneId zone) {
        List<Object[]> servers = SyncLedger.servers(study);
        Object[] last = servers.isEmpty() ? null : servers.get(0);
        SyncLedger.Pending pending = SyncLedger.pending(study, last == null ? "" : (String) last[0], false);
        int participants = pending.participantIds().size();
        int sessions = pending.sessions().size();
        if (last == null) {
            return Message.of("server.note.never", participants, sessions);
        }
        String when = last[2] == null ? "?" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(formatLocale).withZone(zone).format(Instant.ofEpochMilli((Long) last[2]));
        if (pending.isEmpty()) {
            return Message.of("server.note.allSent", last[1], when);
        }
        return Message.of("server.note.pending", participants, sessions, pending.conflicts().size(), last[1], when);
    }

    /** The outcome of a send: what was sent and how many conflicts (each listed by the caller). */
    static Message result(ServerSync.Report report) {
        if (report.batches() == 0) {
            return Message.of("server.result.nothing");
        }
        return Message.of("server.result.sent", report.rowsSent(), report.participants(), report.batches(),
                report.rowsAdded(), report.conflicts().size());
    }

    /** The file that remembers the server address: beside the display settings ({@code concord.settings}). */
    static Path memoryFile() {
        String settings = System.getProperty("concord.settings");
        if (settings != null && !settings.isBlank() && Path.of(settings).toAbsolutePath().getParent() != null) {
            return Path.of(settings).toAbsolutePath().getParent().resolve("server.properties");
        }
        return Path.of(System.getProperty("user.home"), ".concord", "server.properties");
    }

    /** The remembered server address, or an empty text. */
    static String rememberedAddress(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return "";
        }
        return properties.getProperty("address", "");
    }

    /** Remembers {@code address} (never a password); a failure to save is reported to the caller. */
    static void remember(Path file, String address) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("address", address);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "Concord study server (the address only; the password is asked each time)");
        }
    }
}
