package org.concord.app.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text of the app. Each feature has its own bundle in {@code org/concord/app/i18n/} (for example
 * {@code app.properties} and {@code app_cy.properties}); {@link #BUNDLES} lists them so that a test can check that
 * every language has every key.
 */
public final class Messages {
    /** Every bundle of the app; add a new one here. */
    public static final List<String> BUNDLES = List.of("app", "kiosk", "workspace");

    /** English, the base language of every bundle. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Welsh. */
    public static final Locale WELSH = Locale.forLanguageTag("cy");
    /** The languages every bundle must have. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, WELSH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The bundle {@code name} in {@code locale}, without falling back to the JVM's default locale. */
    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle("org.concord.app.i18n." + name, locale, NO_FALLBACK);
    }

    /** The text of {@code key} in bundle {@code name}, with {@code args} filled in by {@link MessageFormat}. */
    public static String get(String name, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(name, locale).getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug caught by MessagesTest; show the key rather than fail in front of a participant.
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
