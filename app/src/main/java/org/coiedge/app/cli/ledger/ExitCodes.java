package org.coiedge.app.cli.ledger;

/** Exit codes of the ledger commands. */
public final class ExitCodes {
    /** The chain is intact / the command did what was asked. */
    public static final int OK = 0;
    /** {@code verify}: the chain is broken; the first broken event is named. */
    public static final int BROKEN = 1;
    /** The ledger could not be opened, read or written (missing file, not a ledger, disk error). */
    public static final int CANNOT_RUN = 2;
    /** A usage error: bad option value. */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
