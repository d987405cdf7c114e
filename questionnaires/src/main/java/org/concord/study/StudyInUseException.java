package org.concord.study;

import org.concord.common.InputException;
import org.concord.common.Problem;

/** Another live program has the study open for writing: {@code study.concord is in use by host/pid since time}. */
public class StudyInUseException extends InputException {
    private static final long serialVersionUID = 1L;

    /** An exception with the message naming the file, holder and time. */
    public StudyInUseException(String message) {
        super(Problem.ofFile(null, message));
    }
}
