package org.concord.app.base.settings;

import java.util.Locale;
import org.concord.app.base.Theme;

/**
 * The researcher's display preferences, remembered between runs.
 *
 * @param theme     light or dark
 * @param fontScale 1 = 100%
 * @param language  the language of the researcher screens (English or Welsh)
 */
public record Settings(Theme theme, float fontScale, Locale language) {
    /** Light, 100%, English. */
    public static final Settings DEFAULT = new Settings(Theme.LIGHT, 1f, Locale.ENGLISH);

    /** A copy with another theme. */
    public Settings withTheme(Theme newTheme) {
        return new Settings(newTheme, fontScale, language);
    }

    /** A copy with another font scale. */
    public Settings withFontScale(float newScale) {
        return new Settings(theme, newScale, language);
    }

    /** A copy with another language. */
    public Settings withLanguage(Locale newLanguage) {
        return new Settings(theme, fontScale, newLanguage);
    }
}
