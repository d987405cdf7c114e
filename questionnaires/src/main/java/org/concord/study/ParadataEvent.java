package org.concord.study;

import java.time.Instant;

/**
 * One paradata event of a participant.
 *
 * @param event  {@code page_shown}, {@code page_left}, {@code language} or {@code submitted}
 * @param detail the page name, the new language code, or null
 * @param at     when it happened
 */
public record ParadataEvent(String event, String detail, Instant at) {
}
