package org.concord.study;

import java.util.UUID;

/**
 * A participant: identified by a random UUID and a short code that is easy to read aloud, never by a name.
 *
 * @param id        the random UUID; the identity used when study files are merged
 * @param code      a short readable code such as {@code KX7-4P2}
 * @param sessionId the fieldwork session the participant started in
 * @param laCode    the participant's LA (the session's LA)
 * @param language  the language code the participant started in
 * @param seed      a random seed, stored so that randomised groups are shuffled the same way on resume
 */
public record Participant(UUID id, String code, long sessionId, String laCode, String language, long seed) {
}
