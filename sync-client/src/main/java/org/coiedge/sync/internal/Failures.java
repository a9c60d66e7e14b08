package org.coiedge.sync.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.coiedge.sync.CentralException;
import org.coiedge.sync.CentralException.Failure;

/** Turns transport exceptions into {@link CentralException}s a technician can act on. */
final class Failures {
    private Failures() {
    }

    static CentralException of(IOException e, String where, String action, String trust) {
        String msg = String.valueOf(e.getMessage());
        if (e instanceof SSLPeerUnverifiedException && msg.contains("pinning")) {
            return new CentralException(Failure.TLS, "Central system at " + where + ": its certificate does not match"
                    + " the configured pin, so it may not be the real central system (or its key was changed)."
                    + " Nothing was sent. Check the pin with the central system's operators.", e);
        }
        if (e instanceof SSLPeerUnverifiedException) {
            return new CentralException(Failure.TLS, "Central system at " + where + ": its certificate is not for"
                    + " this host name. Nothing was sent. Check the central address in the sync settings.", e);
        }
        if (e instanceof SSLHandshakeException || e instanceof SSLException) {
            return new CentralException(Failure.TLS, "Central system at " + where + ": the secure connection failed ("
                    + rootMessage(e) + "). Its certificate must be issued by " + trust + ". Nothing was sent;"
                    + " ask the site administrator to check the CA setting.", e);
        }
        if (e instanceof UnknownHostException) {
            return new CentralException(Failure.UNREACHABLE, "Central system at " + where + ": host name unknown."
                    + " Check the network; work continues offline and sync catches up.", e);
        }
        if (e instanceof InterruptedIOException) {
            return new CentralException(Failure.TIMEOUT, "Central system at " + where + " did not answer in time ("
                    + action + "). Work continues offline; sync will try again.", e);
        }
        return new CentralException(Failure.UNREACHABLE, "Central system at " + where + " cannot be reached ("
                + rootMessage(e) + "). Work continues offline; sync will try again.", e);
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r.getMessage() != null ? r.getMessage() : r.getClass().getSimpleName();
    }
}
