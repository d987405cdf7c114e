package org.concord.app.base.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.app.base.Theme;

/**
 * The researcher's preferences, remembered between runs.
 *
 * @param theme     light or dark
 * @param fontScale 1 = 100%
 * @param language  the language of the researcher screens (English or Welsh)
 * @param idleLock  how long the researcher view may go without a key or mouse event before it locks itself
 * @param recent    the study files opened or created last, newest first (at most {@link #MAX_RECENT})
 */
public record Settings(Theme theme, float fontScale, Locale language, Duration idleLock, List<Path> recent) {
    /** The idle time before the researcher view locks, unless the researcher chose another. */
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(5);
    /** How many recent studies are remembered. */
    public static final int MAX_RECENT = 8;
    /** Light, 100%, English, locked after 5 idle minutes, no recent studies. */
    public static final Settings DEFAULT = new Settings(Theme.LIGHT, 1f, Locale.ENGLISH);

    public Settings {
        recent = List.copyOf(recent);
    }

    /** Display settings with the default idle lock and no recent studies. */
    public Settings(Theme theme, float fontScale, Locale language) {
        this(theme, fontScale, language, DEFAULT_IDLE_LOCK, List.of());
    }

    /** A copy with another theme. */
    public Settings withTheme(Theme newTheme) {
        return new Settings(newTheme, fontScale, language, idleLock, recent);
    }

    /** A copy with another font scale. */
    public Settings withFontScale(float newScale) {
        return new Settings(theme, newScale, language, idleLock, recent);
    }

    /** A copy with another language. */
    public Settings withLanguage(Locale newLanguage) {
        return new Settings(theme, fontScale, newLanguage, idleLock, recent);
    }

    /** A copy with another idle time before the researcher view locks. */
    public Settings withIdleLock(Duration newIdleLock) {
        return new Settings(theme, fontScale, language, newIdleLock, recent);
    }

    /** A copy with {@code study} first among the recent studies (moved there if it was further down). */
    public Settings withRecent(Path study) {
        Path absolute = study.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>();
        list.add(absolute);
        recent.stream().filter(p -> !p.equals(absolute)).limit(MAX_RECENT - 1L).forEach(list::add);
        return new Settings(theme, fontScale, language, idleLock, list);
    }

    /** A copy without {@code study} among the recent studies. */
    public Settings withoutRecent(Path study) {
        return new Settings(theme, fontScale, language, idleLock,
                recent.stream().filter(p -> !p.equals(study)).toList());
    }
}
