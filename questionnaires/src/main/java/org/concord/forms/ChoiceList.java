package org.concord.forms;

import java.util.List;
import java.util.Optional;

/**
 * A named list of choices ({@code list_name} in the {@code choices} sheet).
 *
 * @param name    the list name
 * @param choices the choices in sheet order
 */
public record ChoiceList(String name, List<Choice> choices) {
    public ChoiceList {
        choices = List.copyOf(choices);
    }

    /** The choice with this name. */
    public Optional<Choice> choice(String choiceName) {
        return choices.stream().filter(c -> c.name().equals(choiceName)).findFirst();
    }

    /** The number of choices. */
    public int size() {
        return choices.size();
    }
}
