package org.concord.session;

/**
 * The words of the page that asks whether to add another instance of a repeat, in one language. The kiosk gives its
 * own from its message bundles (English and Welsh); without them the session uses {@link #ENGLISH}.
 */
public interface RepeatTexts {
    /** The question "Add another {label}?" in {@code languageCode}. */
    String addAnother(String languageCode, String repeatLabel);

    /** The answer that adds an instance. */
    String yes(String languageCode);

    /** The answer that closes the repeat. */
    String no(String languageCode);

    /** English words, for sessions run outside the kiosk (tests, the simulator). */
    RepeatTexts ENGLISH = new RepeatTexts() {
        @Override
        public String addAnother(String languageCode, String repeatLabel) {
            return "Add another " + repeatLabel + "?";
        }

        @Override
        public String yes(String languageCode) {
            return "Yes";
        }

        @Override
        public String no(String languageCode) {
            return "No";
        }
    };
}
