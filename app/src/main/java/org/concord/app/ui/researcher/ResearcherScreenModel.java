package org.concord.app.ui.researcher;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.concord.app.base.Message;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.ProgressRow;

/**
 * What the researcher view shows, without Swing: the study's LAs and running session, and the texts made from them
 * (details, session line, progress totals) as {@link Message}s of the {@code app} bundle; and whether a session can
 * start with the LA and initials given.
 */
public final class ResearcherScreenModel {
    private List<LocalAuthority> las = List.of();
    private FieldworkSession session;

    /** The study's LAs, offered for a new session. */
    public List<LocalAuthority> las() {
        return las;
    }

    /** Replaces the study's LAs. */
    public void setLas(List<LocalAuthority> newLas) {
        las = List.copyOf(newLas);
    }

    /** The running session, or null. */
    public FieldworkSession session() {
        return session;
    }

    /** Sets (or, with null, clears) the running session. */
    public void setSession(FieldworkSession running) {
        session = running;
    }

    /** The line under the study's name: its form and how many LAs it has. */
    public Message details(String formTitle) {
        return Message.of("researcher.details", formTitle, las.size());
    }

    /**
     * What is missing to start a session for {@code la} by the researcher with {@code initials}: the problem, or
     * null when a session can start.
     */
    public static Message startProblem(LocalAuthority la, String initials) {
        if (la == null) {
            return Message.of("researcher.session.noLa");
        }
        return initials == null || initials.isBlank() ? Message.of("researcher.session.noInitials") : null;
    }

    /** The running session's line (LA name and code, initials, start time in {@code formatLocale}), or null. */
    public Message sessionDetails(Locale formatLocale, ZoneId zone) {
        if (session == null) {
            return null;
        }
        String laName = las.stream().filter(la -> la.code().equals(session.laCode()))
                .map(LocalAuthority::name).findFirst().orElse(session.laCode());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(formatLocale)
                .withZone(zone);
        return Message.of("researcher.session.details", laName, session.laCode(), session.researcherInitials(),
                time.format(session.startedAt()));
    }

    /** The totals line under the progress table: participants started and finished across all LAs. */
    public static Message totals(List<ProgressRow> rows) {
        int started = rows.stream().mapToInt(ProgressRow::started).sum();
        int completed = rows.stream().mapToInt(ProgressRow::completed).sum();
        return Message.of("researcher.progress.totals", started, completed);
    }
}
