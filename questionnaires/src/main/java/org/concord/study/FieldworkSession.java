package org.concord.study;

import java.time.Instant;

/**
 * One fieldwork session: a researcher with one laptop in one LA office.
 *
 * @param id                 the session's number in this study file
 * @param laCode             the LA visited
 * @param researcherInitials the researcher's initials
 * @param device             the laptop's host name
 * @param startedAt          when the session started
 * @param endedAt            when it ended, or null while it is open
 */
public record FieldworkSession(long id, String laCode, String researcherInitials, String device, Instant startedAt,
                               Instant endedAt) {
}
