package org.coiedge.core.workflow;

/** Why a workflow step was refused. */
public enum WorkflowProblem {
    /** The step is not the one the workflow expects now. */
    OUT_OF_ORDER,
    /** The person lacks the role the step needs. */
    ROLE_REQUIRED,
    /** The step needs a different person than the one who did an earlier step. */
    SAME_PERSON,
    /** The scan is not what this step reads (a bag where a wristband was expected, say). */
    WRONG_KIND_OF_SCAN,
    /** Data the step needs is missing or invalid. */
    INVALID_INPUT,
    /** The step cannot complete until earlier differences are resolved. */
    NOT_RECONCILED,
    /** The workflow stopped at a mismatch; only starting again is possible. */
    STOPPED,
    /** The event could not be recorded; nothing changed and the step may be tried again. */
    NOT_RECORDED
}
