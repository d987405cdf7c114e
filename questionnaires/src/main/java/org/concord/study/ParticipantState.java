package org.concord.study;

import java.time.Instant;
import java.util.Map;

/**
 * An unfinished participant, with what is needed to resume.
 *
 * @param participant the participant
 * @param startedAt   when the participant was created
 * @param lastPage    the detail of the last {@code page_shown} paradata event, or null
 * @param answers     the current answers by item (a cleared answer is absent)
 */
public record ParticipantState(Participant participant, Instant startedAt, String lastPage,
                               Map<String, String> answers) {
    public ParticipantState {
        answers = Map.copyOf(answers);
    }
}
