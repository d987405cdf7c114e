package org.concord.session;

import java.util.List;
import org.concord.forms.Choice;

/** The rule that shows a select_one as a row of scale buttons: its choices are named 1..A, A from 2 to 9. */
final class ScaleChoices {
    private ScaleChoices() {
    }

    /** True when {@code choices} (those a select_one offers now) make a scale. */
    static boolean areScale(List<Choice> choices) {
        if (choices.size() < 2 || choices.size() > 9) {
            return false;
        }
        for (int i = 0; i < choices.size(); i++) {
            if (!choices.get(i).name().equals(Integer.toString(i + 1))) {
                return false;
            }
        }
        return true;
    }
}
