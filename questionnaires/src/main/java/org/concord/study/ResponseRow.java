package org.concord.study;

import java.time.Instant;
import java.util.UUID;

/**
 * The current value of one answer of one participant (the latest revision).
 *
 * @param participantId the participant's UUID
 * @param laCode        the participant's LA code
 * @param laName        the LA's name, or null when the LA is no longer in the study's list
 * @param item          the question name
 * @param value         the value as an XLSForm string, or null when the answer was cleared
 * @param answeredAt    when the latest revision was saved
 * @param language      the language the participant was using when answering
 */
public record ResponseRow(UUID participantId, String laCode, String laName, String item, String value,
                          Instant answeredAt, String language) {
}
