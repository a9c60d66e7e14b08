package org.coiedge.scanner.camera;

import java.util.Objects;
import org.coiedge.core.scanner.ScanProblem;

/** A camera failure: {@link #problem()} for code, the message for people. */
public final class CameraException extends Exception {
    private final ScanProblem problem;

    public CameraException(ScanProblem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public ScanProblem problem() {
        return problem;
    }
}
