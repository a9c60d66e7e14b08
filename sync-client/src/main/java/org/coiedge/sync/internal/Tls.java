package org.coiedge.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.CertificatePinner;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.coiedge.sync.TlsSettings;

/** Applies {@link TlsSettings} to an OkHttp client: a private trust store from a PEM file, and pins. */
final class Tls {
    private Tls() {
    }

    static void apply(OkHttpClient.Builder b, HttpUrl base, TlsSettings tls) {
        if (tls.caCertificates().isPresent()) {
            X509TrustManager tm = trustManager(tls.caCertificates().get());
            try {
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(null, new TrustManager[] {tm}, null);
                b.sslSocketFactory(ctx.getSocketFactory(), tm);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this Java runtime cannot set up TLS: " + e.getMessage(), e);
            }
        }
        if (!tls.pins().isEmpty()) {
            CertificatePinner.Builder pins = new CertificatePinner.Builder();
            for (String p : tls.pins()) {
                pins.add(base.host(), p);
            }
            b.certificatePinner(pins.build());
        }
    }

    private static X509TrustManager trustManager(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new IllegalArgumentException("no certificate in " + pem + ": give a PEM file of the CA certificates");
            }
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            int i = 0;
            for (Certificate c : certs) {
                ks.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509TrustManager) {
                    return (X509TrustManager) tm;
                }
            }
            throw new IllegalStateException("this Java runtime offers no X.509 trust manager");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the CA file " + pem + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the CA file " + pem + " holds no usable PEM certificate: "
                    + e.getMessage(), e);
        }
    }
}
