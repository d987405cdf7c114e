package org.concord.app.base.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.concord.app.base.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void savesAndReadsBackThemeScaleAndLanguage() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("sub").resolve("settings.properties"));
        Settings settings = new Settings(Theme.DARK, 1.75f, Locale.forLanguageTag("cy"));
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new SettingsStore(dir.resolve("none.properties")).load()).isEqualTo(Settings.DEFAULT);
    }

    @Test
    void aDamagedFileGivesTheDefaultsForWhatCannotBeRead() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.properties"), "theme=purple\nfontScale=NaN\nlanguage=fr\n");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.DEFAULT);
    }
}
