package org.concord.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.concord.forms.Repeat;

/**
 * What a session records without asking the participant: the clock (for {@code start}, {@code end}, {@code today},
 * {@code today()} and {@code now()}), the laptop's {@code deviceid}, the researcher's initials as {@code username},
 * and the answers of the previous submission on this laptop for {@code ${last-saved#q}}.
 *
 * @param clock     the clock
 * @param deviceId  a stable random id of the laptop (never a hardware serial), or empty
 * @param username  the researcher's initials of the fieldwork session, or empty
 * @param lastSaved the current answers, by item ({@code q}, {@code q[i]} in a repeat), of the submission of this form
 *                  completed last on this laptop before the participant started; empty when there is none
 * @param instanceId what {@code ${instanceID}} gives (ODK's {@code meta/instanceID}): {@code uuid:} and the
 *                   participant's id, or empty
 */
public record SessionContext(Clock clock, String deviceId, String username, Map<String, String> lastSaved,
                             String instanceId) {
    public SessionContext {
        lastSaved = Map.copyOf(lastSaved);
    }

    /** A context with no previous submission. */
    public SessionContext(Clock clock, String deviceId, String username) {
        this(clock, deviceId, username, Map.of(), "");
    }

    /** The system clock with no device id or username. */
    public static SessionContext system() {
        return new SessionContext(Clock.systemDefaultZone(), "", "");
    }

    /** This context for a participant whose previous submission on this laptop has these answers (may be empty). */
    public SessionContext withLastSaved(Map<String, String> answers) {
        return new SessionContext(clock, deviceId, username, answers, instanceId);
    }

    /** This context for the participant with this id: {@code ${instanceID}} gives {@code uuid:ID}. */
    public SessionContext withParticipant(UUID participant) {
        return new SessionContext(clock, deviceId, username, lastSaved, "uuid:" + participant);
    }

    /**
     * What {@code ${last-saved#q}} gives: q's answer in the previous submission (in a repeat, its first instance's, as
     * ODK reads a repeated node where one value is needed), or the empty string when there is none.
     */
    public String lastSaved(String question) {
        String value = lastSaved.get(question);
        if (value == null) {
            value = lastSaved.get(Repeat.key(question, 1));
        }
        return value == null ? "" : value;
    }

    /**
     * The laptop's device id kept in {@code file}: read when it exists, otherwise a new random one written there. A
     * random id, never a hardware serial, so that the data cannot be traced to the machine by anyone else.
     */
    public static String deviceId(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            String id = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (id.startsWith("concord:")) {
                return id;
            }
        }
        String id = "concord:" + UUID.randomUUID();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "device-id", ".tmp");
        Files.writeString(tmp, id + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return id;
    }
}
