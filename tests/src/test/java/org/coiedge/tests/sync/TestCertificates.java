package org.coiedge.tests.sync;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A test CA and a server certificate for 127.0.0.1 signed by it, made with the JDK's keytool in a
 * temporary folder (no certificate is committed, none outlives the test run).
 */
final class TestCertificates {
    private static final String PW = "test-only";
    final Path caPem;
    final Path serverPem;
    final Path serverStore;

    private TestCertificates(Path dir) {
        caPem = dir.resolve("ca.pem");
        serverPem = dir.resolve("server.pem");
        serverStore = dir.resolve("server.p12");
    }

    static TestCertificates make(Path dir) throws Exception {
        TestCertificates t = new TestCertificates(dir);
        String ca = dir.resolve("ca.p12").toString();
        String csr = dir.resolve("server.csr").toString();
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=coi-edge test CA",
                "-ext", "bc:c", "-validity", "2", "-keystore", ca, "-storepass", PW, "-storetype", "PKCS12");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-storepass", PW, "-file", t.caPem.toString());
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-validity", "2", "-keystore", t.serverStore.toString(), "-storepass", PW, "-storetype", "PKCS12");
        keytool("-certreq", "-alias", "server", "-keystore", t.serverStore.toString(), "-storepass", PW, "-file", csr);
        keytool("-gencert", "-alias", "ca", "-keystore", ca, "-storepass", PW, "-infile", csr, "-outfile",
                t.serverPem.toString(), "-rfc", "-validity", "2", "-ext", "san=ip:127.0.0.1,dns:localhost");
        keytool("-importcert", "-alias", "ca", "-file", t.caPem.toString(), "-keystore", t.serverStore.toString(),
                "-storepass", PW, "-noprompt");
        keytool("-importcert", "-alias", "server", "-file", t.serverPem.toString(), "-keystore",
                t.serverStore.toString(), "-storepass", PW);
        return t;
    }

    private static void keytool(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + out);
        }
    }

    SSLContext serverContext() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverStore)) {
            ks.load(in, PW.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PW.toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    /** The OkHttp-style pin of a certificate's public key: sha256/ + base64 SHA-256 of its SubjectPublicKeyInfo. */
    static String pin(Path pem) throws Exception {
        X509Certificate c;
        try (InputStream in = Files.newInputStream(pem)) {
            c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        return "sha256/" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(c.getPublicKey().getEncoded()));
    }
}
