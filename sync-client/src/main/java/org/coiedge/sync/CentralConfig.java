package org.coiedge.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the central system is and how to talk to it.
 *
 * @param baseUrl        the central system's address without {@code /v1}, {@code https://…} (or
 *                       {@code http://…} for a loopback test system)
 * @param tls            trust settings for HTTPS
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the next bytes of an answer
 * @param callTimeout    the longest one call may take altogether
 */
public record CentralConfig(String baseUrl, TlsSettings tls, Duration connectTimeout, Duration readTimeout,
        Duration callTimeout) {
    public CentralConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
            throw new IllegalArgumentException("the central system's address starts with https:// (got '" + baseUrl + "')");
        }
    }

    /** Defaults for a kiosk: 5 s to connect, 20 s per read, 60 s per call, the system trust store. */
    public static CentralConfig of(String baseUrl) {
        return new CentralConfig(baseUrl, TlsSettings.systemDefault(), Duration.ofSeconds(5), Duration.ofSeconds(20),
                Duration.ofSeconds(60));
    }

    public CentralConfig withTls(TlsSettings t) {
        return new CentralConfig(baseUrl, t, connectTimeout, readTimeout, callTimeout);
    }

    public CentralConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new CentralConfig(baseUrl, tls, connect, read, call);
    }
}
