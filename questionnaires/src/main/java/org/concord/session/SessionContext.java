package org.concord.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * What a session records without asking the participant: the clock (for {@code start}, {@code end}, {@code today},
 * {@code today()} and {@code now()}), the laptop's {@code deviceid} and the researcher's initials as {@code username}.
 *
 * @param clock    the clock
 * @param deviceId a stable random id of the laptop (never a hardware serial), or empty
 * @param username the researcher's initials of the fieldwork session, or empty
 */
public record SessionContext(Clock clock, String deviceId, String username) {
    /** The system clock with no device id or username. */
    public static SessionContext system() {
        return new SessionContext(Clock.systemDefaultZone(), "", "");
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
