package org.concord.forms;

/**
 * The canonical text of a form and its SHA-256. A study file stores both, so that data can always be read against the
 * exact form it was collected with; {@code FormLoader.fromSource(text)} loads the text back into the same model.
 *
 * @param text   the canonical text (the three sheets as CSV, see {@code FormSources})
 * @param sha256 lower-case hex SHA-256 of the UTF-8 bytes of {@code text}
 */
public record FormSource(String text, String sha256) {
}
