package org.concord.app.base;

/** A component with texts that {@link Texts#relabel} cannot bind by key (tables, formatted messages). */
public interface LanguageAware {
    /** Re-reads its texts in {@link Texts#locale()}; called on the event thread after a language switch. */
    void languageChanged();
}
