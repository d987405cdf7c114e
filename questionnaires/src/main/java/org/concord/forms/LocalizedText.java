package org.concord.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text in several languages, keyed by language code. Immutable.
 *
 * @param byLanguage language code to text; languages without a text are absent
 */
public record LocalizedText(Map<String, String> byLanguage) {
    /** The text with no language at all. */
    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** A text in one language. */
    public static LocalizedText of(String languageCode, String text) {
        return new LocalizedText(Map.of(languageCode, text));
    }

    /** The text in {@code languageCode}, or null when it has none there. */
    public String exactly(String languageCode) {
        return byLanguage.get(languageCode);
    }

    /**
     * The text in {@code languageCode}, else in {@code fallbackCode}, else any text there is, else the empty string.
     */
    public String get(String languageCode, String fallbackCode) {
        String text = byLanguage.get(languageCode);
        if (text == null || text.isEmpty()) {
            text = byLanguage.get(fallbackCode);
        }
        if (text == null || text.isEmpty()) {
            text = byLanguage.values().stream().filter(t -> !t.isEmpty()).findFirst().orElse("");
        }
        return text;
    }

    /** True when no language has a non-empty text. */
    public boolean isBlank() {
        return byLanguage.values().stream().allMatch(String::isBlank);
    }
}
