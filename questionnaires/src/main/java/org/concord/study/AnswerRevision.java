package org.concord.study;

import java.time.Instant;

/**
 * One saved revision of one answer (the history is append-only).
 *
 * @param item       the question name
 * @param revision   1 for the first answer, then 2, 3, ... for each change
 * @param value      the value, or null when the answer was cleared
 * @param language   the language in use when it was given
 * @param answeredAt when it was saved
 * @param formSha256 the SHA-256 of the form version it was collected with
 */
public record AnswerRevision(String item, int revision, String value, String language, Instant answeredAt,
                             String formSha256) {
}
