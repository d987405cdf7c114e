package org.concord.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad user input: a form, responses, rates or study file that cannot be used as it is. Carries every problem found,
 * not just the first. The command line prints each problem on a line and exits with 2; the app shows them as a list.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception for these problems (at least one). */
    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** An exception for one problem. */
    public InputException(Problem problem) {
        this(List.of(problem));
    }

    /** An exception for one problem with a whole file. */
    public static InputException ofFile(String file, String message) {
        return new InputException(Problem.ofFile(file, message));
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
