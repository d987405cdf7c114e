package org.concord.app.base;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One current language (English or Welsh) that several {@link Texts} share, and the listeners told when it changes.
 * The researcher screens and the workspace share one; each kiosk has its own (the participant chooses it).
 */
public final class Language {
    /** The code of English, as in a form's headers ({@code label::English (en)}). */
    public static final String ENGLISH = "en";
    /** The code of Welsh ({@code label::Cymraeg (cy)}). */
    public static final String WELSH = "cy";

    private Locale locale;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** A language starting at {@code locale} (anything but Welsh is English). */
    public Language(Locale locale) {
        this.locale = normalise(locale);
    }

    /** A language starting at the language with {@code code} ({@link #ENGLISH} or {@link #WELSH}). */
    public static Language ofCode(String code) {
        return new Language(Locale.forLanguageTag(code == null ? ENGLISH : code));
    }

    private static Locale normalise(Locale locale) {
        return Messages.WELSH.getLanguage().equals(locale.getLanguage()) ? Messages.WELSH : Messages.ENGLISH;
    }

    /** The current language. */
    public Locale locale() {
        return locale;
    }

    /** The current language's code, {@link #ENGLISH} or {@link #WELSH}. */
    public String code() {
        return locale.getLanguage();
    }

    /** True when the current language is Welsh. */
    public boolean isWelsh() {
        return WELSH.equals(code());
    }

    /** Switches to {@code newLocale} and tells every listener (on the caller's thread). */
    public void set(Locale newLocale) {
        locale = normalise(newLocale);
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    /** Switches to the language with {@code code}. */
    public void setCode(String code) {
        set(Locale.forLanguageTag(code));
    }

    /** Runs {@code listener} after every switch until {@link #removeListener} is called with it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Stops telling {@code listener}. */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** How many listeners are registered (tests check that closed windows leave none behind). */
    public int listenerCount() {
        return listeners.size();
    }
}
