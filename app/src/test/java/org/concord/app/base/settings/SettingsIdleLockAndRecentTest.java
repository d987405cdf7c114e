package org.concord.app.base.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.concord.app.base.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The idle time before the researcher view locks and the recent studies, kept in the settings file. */
class SettingsIdleLockAndRecentTest {
    @TempDir
    Path dir;

    @Test
    void theIdleTimeAndTheRecentStudiesAreSavedAndReadBack() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        Settings settings = new Settings(Theme.DARK, 1.5f, Locale.ENGLISH).withIdleLock(Duration.ofMinutes(12))
                .withRecent(dir.resolve("a.concord")).withRecent(dir.resolve("b.concord"))
                .withRecent(dir.resolve("a.concord"));
        assertThat(settings.recent()).containsExactly(dir.resolve("a.concord"), dir.resolve("b.concord"));
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
    }

    @Test
    void theDefaultsAreFiveMinutesAndNoRecentStudiesAndTheListIsKeptShort() throws Exception {
        assertThat(Settings.DEFAULT.idleLock()).isEqualTo(Duration.ofMinutes(5));
        assertThat(Settings.DEFAULT.recent()).isEmpty();
        Settings many = Settings.DEFAULT;
        for (int i : IntStream.range(0, 12).toArray()) {
            many = many.withRecent(dir.resolve("s" + i + ".concord"));
        }
        assertThat(many.recent()).hasSize(Settings.MAX_RECENT).first().isEqualTo(dir.resolve("s11.concord"));
        assertThat(many.withoutRecent(dir.resolve("s11.concord")).recent()).hasSize(Settings.MAX_RECENT - 1);
        // An idle time that cannot be read gives the default.
        Path file = Files.writeString(dir.resolve("bad.properties"), "idleLockSeconds=soon\nrecent.0=" + dir + "\n");
        Settings read = new SettingsStore(file).load();
        assertThat(read.idleLock()).isEqualTo(Settings.DEFAULT_IDLE_LOCK);
        assertThat(read.recent()).isEqualTo(List.of(dir));
    }
}
