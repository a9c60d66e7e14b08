package org.coiedge.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.ledger.ChainProblem;
import org.coiedge.core.ledger.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every event's device record names the coi-edge version that recorded it, across upgrades. */
class DeviceSoftwareTest {
    @TempDir
    Path dir;
    LedgerFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new LedgerFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private CustodyEvent append() throws Exception {
        f.clock.advance(Duration.ofMinutes(1));
        return f.ledger.append(Events.event(f.device(), EventType.UNABLE_TO_SCAN, Events.COI_A, f.clock.instant(),
                Events.DIN_A));
    }

    private void reopenAs(String version) throws Exception {
        f.ledger.close();
        f.ledger = SqliteLedger.open(f.db, f.signer, f.clock, version);
    }

    @Test
    void eachEventIsAttributedToTheVersionRunningWhenItWasRecorded() throws Exception {
        CustodyEvent before = append();
        reopenAs("0.1.0");
        CustodyEvent first = append();
        reopenAs("0.1.0");
        CustodyEvent stillFirst = append();
        reopenAs("0.2.0");
        CustodyEvent second = append();
        reopenAs("0.1.0");
        CustodyEvent rolledBack = append();

        assertThat(f.ledger.softwareAt(before.sequence())).isEmpty();
        assertThat(f.ledger.softwareAt(first.sequence())).contains("0.1.0");
        assertThat(f.ledger.softwareAt(stillFirst.sequence())).contains("0.1.0");
        assertThat(f.ledger.softwareAt(second.sequence())).contains("0.2.0");
        assertThat(f.ledger.softwareAt(rolledBack.sequence())).contains("0.1.0");
        assertThat(f.ledger.verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void aChangedVersionIsNamedAsAlteredByVerification() throws Exception {
        reopenAs("0.1.0");
        append();
        reopenAs("0.2.0");
        CustodyEvent e = append();
        f.sql("DROP TRIGGER device_software_no_update",
                "UPDATE device_software SET version = '0.1.9' WHERE version = '0.2.0'");

        Verification v = f.ledger.verify();
        assertThat(v).isInstanceOf(Verification.Broken.class);
        Verification.Broken b = (Verification.Broken) v;
        assertThat(b.sequence()).isEqualTo(e.sequence());
        assertThat(b.problem()).isEqualTo(ChainProblem.ALTERED);
        assertThat(b.detail()).contains("software record");
    }
}
