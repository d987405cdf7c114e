package org.concord.session;

import java.util.List;
import org.concord.forms.LocalizedText;
import org.concord.forms.Node;

/**
 * One page of the participant runner. Each top-level group is a page; a run of consecutive top-level questions outside
 * any group is collected into one page, named after its first question (so a form without groups is a single page).
 *
 * @param name    the group name, or the first question's name for a collected page; stored as {@code lastPage}
 * @param label   the group label, or {@link LocalizedText#EMPTY} for a collected page
 * @param content the elements in display order: questions and nested groups, with randomised groups already shuffled
 */
public record Page(String name, LocalizedText label, List<Node> content) {
    public Page {
        content = List.copyOf(content);
    }
}
