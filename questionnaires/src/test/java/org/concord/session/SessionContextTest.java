package org.concord.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The laptop's deviceid: random, written once, the same on every later start; the previous submission's answers. */
class SessionContextTest {
    @TempDir
    Path dir;

    @Test
    void theDeviceIdIsRandomAndStable() throws IOException {
        Path file = dir.resolve("config/device-id");
        String first = SessionContext.deviceId(file);
        assertThat(first).matches("concord:[0-9a-f-]{36}");
        assertThat(SessionContext.deviceId(file)).isEqualTo(first);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        assertThat(SessionContext.deviceId(dir.resolve("other/device-id"))).isNotEqualTo(first);
    }

    @Test
    void lastSavedIsThePreviousAnswerOrTheFirstInstancesInARepeat() {
        SessionContext context = SessionContext.system().withLastSaved(Map.of("site", "Cardiff", "age[1]", "7",
                "age[2]", "9"));
        assertThat(context.lastSaved("site")).isEqualTo("Cardiff");
        assertThat(context.lastSaved("age")).as("a repeated question: its first instance").isEqualTo("7");
        assertThat(context.lastSaved("name")).as("not answered then").isEmpty();
        assertThat(SessionContext.system().lastSaved("site")).as("no previous submission").isEmpty();
    }
}
