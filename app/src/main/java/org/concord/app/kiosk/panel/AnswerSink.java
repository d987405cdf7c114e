package org.concord.app.kiosk.panel;

import org.concord.forms.Question;

/** Where the question views send what the participant does; the kiosk controller decides what follows. */
public interface AnswerSink {
    /**
     * The participant gave (or, with null, cleared) an answer.
     *
     * @param moveOn true when a number key answered the focused item, so the focus moves to the next one
     */
    void answer(Question question, String value, boolean moveOn);

    /** The participant ticked or unticked one choice of a select_multiple. */
    void toggle(Question question, String choice);
}
