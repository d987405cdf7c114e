package org.concord.app.base;

import java.util.List;
import org.concord.common.InputException;
import org.concord.common.Logs;
import org.concord.common.Problem;

/** What a screen says about a failure of background work, without Swing. */
public final class Failures {
    private Failures() {
    }

    /**
     * The problems of bad input, one per line as the library worded them; anything else is an internal error: logged
     * with its stack trace (under {@code context}) and shown as one line, {@code internalKey} with the message.
     */
    public static List<Message> describe(Throwable failure, String internalKey, String context) {
        if (failure instanceof InputException bad) {
            return bad.problems().stream().map(Problem::toString).map(Message::plain).toList();
        }
        Logs.error(context, failure);
        String message = failure.getMessage();
        return List.of(Message.of(internalKey, message == null || message.isBlank()
                ? failure.getClass().getSimpleName() : message));
    }
}
