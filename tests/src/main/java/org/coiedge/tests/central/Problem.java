package org.coiedge.tests.central;

/** A request the reference server refuses: an HTTP status, a code for programs and a detail for people. */
final class Problem extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    Problem(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }
}
