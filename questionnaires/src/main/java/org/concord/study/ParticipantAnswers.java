package org.concord.study;

import java.time.Instant;
import java.util.List;

/**
 * A participant with the current value of every answer, as streamed for export.
 *
 * @param participant the participant
 * @param laName      the LA's name, or null when the LA is no longer in the list
 * @param startedAt   when the participant was created
 * @param completedAt when the participant submitted, or null
 * @param answers     the current answers, ordered by item name
 */
public record ParticipantAnswers(Participant participant, String laName, Instant startedAt, Instant completedAt,
                                 List<ResponseRow> answers) {
    public ParticipantAnswers {
        answers = List.copyOf(answers);
    }
}
