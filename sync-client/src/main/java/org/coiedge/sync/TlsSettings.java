package org.coiedge.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the device trusts the central system over HTTPS.
 *
 * @param caCertificates a PEM file of the certificate authorities to trust instead of the system's;
 *                       empty to use the Java runtime's default trust store
 * @param pins           optional public-key pins, each {@code sha256/BASE64} of a certificate's
 *                       SubjectPublicKeyInfo in the chain; when any is given, a chain matching none is refused
 */
public record TlsSettings(Optional<Path> caCertificates, List<String> pins) {
    public TlsSettings {
        Objects.requireNonNull(caCertificates, "caCertificates");
        pins = List.copyOf(pins);
        for (String p : pins) {
            if (!p.matches("sha256/[A-Za-z0-9+/]{43}=")) {
                throw new IllegalArgumentException("a pin is 'sha256/' followed by 44 base64 characters, got '" + p + "'");
            }
        }
    }

    /** The Java runtime's trust store, no pins. */
    public static TlsSettings systemDefault() {
        return new TlsSettings(Optional.empty(), List.of());
    }
}
