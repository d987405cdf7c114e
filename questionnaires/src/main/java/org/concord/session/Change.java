package org.concord.session;

/**
 * An answer to be written to the study file.
 *
 * @param question the question's name
 * @param value    the new value, or null when the answer was cleared
 */
public record Change(String question, String value) {
}
