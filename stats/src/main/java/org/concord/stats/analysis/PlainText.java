package org.concord.stats.analysis;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences of the plain-words answer in one language, from the {@code plainwords} bundle beside this class
 * (English, and a Welsh draft); a language without sentences of its own gets English, never the machine's language.
 */
final class PlainText {
    private static final String BUNDLE = "org.concord.stats.analysis.plainwords";
    private final ResourceBundle bundle;

    PlainText(String language) {
        bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language == null ? "en" : language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The sentence {@code key} with {@code args} put in (figures already formatted, counts as integers); a count in a
     * plain placeholder is written as is (1500, not 1,500), one in a choice picks the wording.
     */
    String get(String key, Object... args) {
        MessageFormat format = new MessageFormat(bundle.getString(key), Locale.ROOT);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Number n && (i >= formats.length || formats[i] == null)) {
                shown[i] = String.valueOf(n);
            }
        }
        return format.format(shown);
    }

    /** A number with 3 significant decimals, or "undefined" in this language. */
    String num(Double v) {
        return v == null || v.isNaN() ? get("undefined") : PlainWords.num(v);
    }

    /** A p-value as {@code p = 0.0238} or {@code p < 0.0001}. */
    String p(Double p) {
        if (p == null) {
            return get("p.undefined");
        }
        return p < 0.0001 ? get("p.below") : get("p.value", String.format(Locale.ROOT, "%.4f", p));
    }
}
