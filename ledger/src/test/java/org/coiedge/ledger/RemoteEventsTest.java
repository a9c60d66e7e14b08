package org.coiedge.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.ledger.RemoteEvents.RemoteEvent;
import org.coiedge.core.ledger.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other devices' events are kept beside this device's chain, once each, never changed, never mixed in. */
class RemoteEventsTest {
    @TempDir
    Path dir;

    @Test
    void eventsOfAnotherDeviceAreKeptOnceReadByCoiAndLeaveThisChainAlone() throws Exception {
        List<CustodyEvent> theirs;
        try (LedgerFixture other = new LedgerFixture(dir.resolve("other"))) {
            other.clock.advance(Duration.ofMinutes(1));
            theirs = List.of(other.ledger.append(Events.event(other.device(), EventType.COLLECTION_COMPLETED,
                    Events.COI_A, other.clock.instant(), Events.DIN_A)), other.ledger.append(Events.event(other.device(),
                    EventType.CUSTODY_TRANSFERRED, Events.COI_B, other.clock.instant(), Events.DIN_B)));
        }
        try (LedgerFixture f = new LedgerFixture(dir.resolve("mine"))) {
            f.clock.advance(Duration.ofMinutes(2));
            f.ledger.append(Events.event(f.device(), EventType.RECEIVED, Events.COI_A, f.clock.instant(), Events.DIN_A));
            var remote = f.ledger.remoteEvents();
            assertThat(remote.store(List.of(new RemoteEvent(11, theirs.get(0)), new RemoteEvent(12, theirs.get(1)))))
                    .isEqualTo(2);
            assertThat(remote.store(List.of(new RemoteEvent(11, theirs.get(0))))).isZero();

            assertThat(f.ledger.otherDevicesEventsForCoi(Events.COI_A)).containsExactly(theirs.get(0));
            assertThat(f.ledger.eventsForCoi(Events.COI_A)).extracting(CustodyEvent::type).containsExactly(EventType.RECEIVED);
            assertThat(remote.coisToFollow(10)).containsExactly(Events.COI_A);
            assertThat(f.ledger.size()).isEqualTo(1);
            assertThat(f.ledger.verify()).isInstanceOf(Verification.Intact.class);
            assertThatThrownBy(() -> f.sql("UPDATE remote_event SET coi = 'X'")).hasMessageContaining("kept as read");
        }
    }
}
