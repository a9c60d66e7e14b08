package org.coiedge.core.workflow;

import java.util.Objects;

/**
 * A step was refused: out of order, by the wrong person, or with missing or wrong data. Nothing
 * was recorded and the workflow stays where it was. The message tells the person at the screen
 * what to do; {@link #problem()} tells code what happened.
 */
public final class WorkflowException extends Exception {
    private static final long serialVersionUID = 1L;

    private final WorkflowProblem problem;

    public WorkflowException(WorkflowProblem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public WorkflowException(WorkflowProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public WorkflowProblem problem() {
        return problem;
    }
}
