package org.coiedge.tests.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.sync.CentralApi;
import org.coiedge.sync.CentralConfig;
import org.coiedge.sync.CentralException;
import org.coiedge.sync.RoundResult;
import org.coiedge.sync.SyncPolicy;
import org.coiedge.sync.TlsSettings;
import org.coiedge.tests.central.CentralServer;
import org.coiedge.tests.central.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference server over HTTPS on loopback with a certificate made for the test: CA setting and pinning. */
class TlsTest {
    @TempDir
    static Path dir;
    static TestCertificates certs;
    static CentralServer server;

    @BeforeAll
    static void httpsServer() throws Exception {
        certs = TestCertificates.make(dir);
        server = CentralServer.startTls(0, dir.resolve("central.db"), Seed.read(Central.SEED), Clock.systemUTC(),
                certs.serverContext());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static CentralConfig config(List<String> pins) {
        return Kiosk.config(server.url()).withTls(new TlsSettings(Optional.of(certs.caPem), pins));
    }

    @Test
    void withTheConfiguredCaAndTheRightPinAKioskEnrolsAndSyncsOverHttps() throws Exception {
        try (Kiosk k = new Kiosk(dir, "https-kiosk")) {
            List<CustodyEvent> events = k.record(25);
            k.credentials = new CentralApi(config(List.of(TestCertificates.pin(certs.serverPem))), Clock.systemUTC())
                    .enrol("DEMO-A9990-1", k.signer);

            RoundResult r = k.worker(config(List.of(TestCertificates.pin(certs.caPem))), SyncPolicy.defaults()).runRound();

            assertThat(r).as("a pin of the CA key matches the chain too").isEqualTo(new RoundResult.Synced(25, 0));
            assertThat(server.events(k.deviceId())).hasSize(events.size());
        }
    }

    @Test
    void aWrongPinFailsWithAClearMessageAndNothingIsSent() throws Exception {
        String wrong = "sha256/" + "A".repeat(43) + "=";
        CentralApi api = new CentralApi(config(List.of(wrong)), Clock.systemUTC());

        assertThatThrownBy(api::time).isInstanceOfSatisfying(CentralException.class,
                e -> assertThat(e.failure()).isEqualTo(CentralException.Failure.TLS))
                .hasMessageContaining("does not match the configured pin")
                .hasMessageContaining("may not be the real central system")
                .hasMessageContaining("Nothing was sent");
    }

    @Test
    void withoutTheCaTheServerCertificateIsNotTrusted() {
        CentralApi api = new CentralApi(Kiosk.config(server.url()), Clock.systemUTC());

        assertThatThrownBy(api::time).isInstanceOfSatisfying(CentralException.class,
                e -> assertThat(e.failure()).isEqualTo(CentralException.Failure.TLS))
                .hasMessageContaining("must be issued by a CA this Java runtime trusts");
    }

    @Test
    void aCaFileThatIsNotPemIsRefusedWhenTheClientIsBuilt() throws Exception {
        Path notPem = dir.resolve("not.pem");
        java.nio.file.Files.writeString(notPem, "hello");

        assertThatThrownBy(() -> new CentralApi(Kiosk.config(server.url()).withTls(new TlsSettings(Optional.of(notPem),
                List.of())), Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(notPem.toString());
    }
}
