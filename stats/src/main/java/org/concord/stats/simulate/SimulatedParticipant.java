package org.concord.stats.simulate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One synthetic participant and their answers as a study stores them (reverse-keyed items not reversed).
 *
 * @param id        a participant UUID drawn from the seeded generator
 * @param laCode    the LA's code
 * @param role      the chosen {@code role} choice name
 * @param leader    true when the role's {@code role_group} is {@code leader}
 * @param language  the language code the participant answered in
 * @param answers   question name to stored value, in form order; unanswered questions are absent
 */
public record SimulatedParticipant(UUID id, String laCode, String role, boolean leader, String language,
                                   Map<String, String> answers) {
    public SimulatedParticipant {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
