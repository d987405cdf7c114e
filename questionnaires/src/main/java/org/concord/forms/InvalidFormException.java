package org.concord.forms;

import java.util.List;
import org.concord.common.InputException;
import org.concord.common.Problem;

/** A form that cannot be used: every error found, and the warnings found beside them. */
public class InvalidFormException extends InputException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> warnings;

    /** An exception for these errors (at least one) and warnings. */
    public InvalidFormException(List<Problem> errors, List<Problem> warnings) {
        super(errors);
        this.warnings = List.copyOf(warnings);
    }

    /** The warnings found beside the errors. */
    public List<Problem> warnings() {
        return warnings;
    }
}
