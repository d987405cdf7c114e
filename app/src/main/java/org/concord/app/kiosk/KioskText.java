package org.concord.app.kiosk;

import java.util.Locale;
import org.concord.app.base.Messages;

/** The kiosk's own texts in the language the participant chose ({@code kiosk.properties}). */
public final class KioskText {
    /** Language codes the kiosk offers, as in the form's headers ({@code label::Cymraeg (cy)}). */
    public static final String ENGLISH = "en";
    /** Welsh. */
    public static final String WELSH = "cy";

    private String language;

    /** Texts in {@code language} ({@link #ENGLISH} or {@link #WELSH}). */
    public KioskText(String language) {
        this.language = language;
    }

    /** The current language code. */
    public String language() {
        return language;
    }

    /** Switches language. */
    public void setLanguage(String language) {
        this.language = language;
    }

    /** The locale of the current language. */
    public Locale locale() {
        return WELSH.equals(language) ? Messages.WELSH : Messages.ENGLISH;
    }

    /** The text of {@code key}, arguments filled in. */
    public String get(String key, Object... args) {
        return Messages.get("kiosk", locale(), key, args);
    }
}
