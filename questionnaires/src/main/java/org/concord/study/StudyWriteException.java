package org.concord.study;

import org.concord.common.InputException;
import org.concord.common.Problem;

/**
 * Something could not be written to a study (disk full, read-only medium, drive removed). The message says that the
 * data was not saved and what to do; nothing already saved is lost.
 */
public class StudyWriteException extends InputException {
    private static final long serialVersionUID = 1L;

    /** An exception for a write to {@code file} that failed. */
    public StudyWriteException(String file, String message, Throwable cause) {
        super(Problem.ofFile(file, message));
        initCause(cause);
    }
}
