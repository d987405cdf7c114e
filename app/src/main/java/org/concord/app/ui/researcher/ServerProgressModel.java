package org.concord.app.ui.researcher;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.concord.app.base.Message;
import org.concord.app.ui.start.CreateStudyController;
import org.concord.server.ServerStatus;
import org.concord.study.ProgressRow;

/**
 * What the researcher view shows of the study server's progress, without Swing: the line above the tables (which
 * server, how many participants from how many laptops, when read; or why it could not be read) and the rows of the
 * two tables, progress by LA and role over all laptops and the laptops with their last send.
 */
final class ServerProgressModel {
    private ServerProgressModel() {
    }

    /** A laptop that has sent to the study: its name, the participants it sent, and its last send (formatted). */
    record LaptopRow(String laptop, long participants, String lastSync) {
    }

    /** What to show: the line, progress by LA and role over all laptops, and the laptops. */
    record View(Message status, List<ProgressRow> progress, List<LaptopRow> laptops) {
        View {
            progress = List.copyOf(progress);
            laptops = List.copyOf(laptops);
        }
    }

    /** Before anything was read from the server. */
    static View notRead() {
        return new View(Message.of("serverProgress.notRead"), List.of(), List.of());
    }

    /** No server address is remembered yet: the researcher sends first. */
    static View noAddress() {
        return new View(Message.of("serverProgress.noAddress"), List.of(), List.of());
    }

    /** The server could not be reached or read; the message says why (the library's words). */
    static View unreachable(String address, Throwable failure) {
        return new View(Message.of("serverProgress.unreachable", address,
                String.join(" ", CreateStudyController.lines(failure))), List.of(), List.of());
    }

    /** The study {@code studyId} among the server's {@code studies}, read at {@code readAt}. */
    static View of(List<ServerStatus.StudyStatus> studies, String studyId, String address, Instant readAt,
                   Locale locale, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        ServerStatus.StudyStatus study = studies.stream().filter(s -> s.studyId().equalsIgnoreCase(studyId))
                .findFirst().orElse(null);
        if (study == null) {
            return new View(Message.of("serverProgress.notOnServer", address, format.format(readAt)), List.of(),
                    List.of());
        }
        List<LaptopRow> laptops = study.laptops().stream().map(l -> new LaptopRow(l.laptop(), l.participants(),
                l.lastSync() == null ? "" : format.format(l.lastSync()))).toList();
        return new View(Message.of("serverProgress.status", address, study.participants(), study.completed(),
                study.laptops().size(), study.conflicts(), format.format(readAt)), study.progress(), laptops);
    }
}
