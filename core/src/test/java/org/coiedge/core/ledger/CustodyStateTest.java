package org.coiedge.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coiedge.core.event.Correction;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.event.EventChain;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.Fixtures;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.junit.jupiter.api.Test;

class CustodyStateTest {
    private static final DeviceSigner SIGNER = Ed25519.signer("D-test", Ed25519.generate());
    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");
    private final List<CustodyEvent> chain = new ArrayList<>();

    private CustodyEvent record(EventContent c, Instant recordedAt) {
        String prev = chain.isEmpty() ? EventChain.GENESIS_HASH : chain.get(chain.size() - 1).hash();
        CustodyEvent e = EventChain.seal(UUID.randomUUID(), chain.size() + 1, c, recordedAt, prev, SIGNER);
        chain.add(e);
        return e;
    }

    @Test
    void theUnitIsHeldByTheLastToPartyWithTheStatusOfTheLastStatusChangingEvent() {
        record(Fixtures.event(EventType.STORED, T0, Fixtures.DIN), T0);
        record(Fixtures.event(EventType.UNABLE_TO_SCAN, T0.plusSeconds(60), Fixtures.DIN), T0.plusSeconds(60));
        CustodyState s = CustodyState.derive(Fixtures.COI, chain, T0.plusSeconds(120), T0.plusSeconds(120));
        assertThat(s.units()).singleElement().satisfies(u -> {
            assertThat(u.status()).isEqualTo(UnitStatus.STORED);
            assertThat(u.holder()).isEqualTo(Fixtures.COURIER);
        });
        assertThat(s.patientId()).isEqualTo("MRN-0042");
    }

    @Test
    void validTimeSelectsWhatHadHappenedAndTransactionTimeWhatWasKnown() {
        record(Fixtures.event(EventType.STORED, T0, Fixtures.DIN), T0);
        // Recorded late: the thaw happened at T0+10min but was only recorded at T0+1h.
        record(Fixtures.event(EventType.THAWED, T0.plusSeconds(600), Fixtures.DIN), T0.plusSeconds(3600));
        assertThat(status(T0.plusSeconds(599), T0.plusSeconds(7200))).isEqualTo(UnitStatus.STORED);
        assertThat(status(T0.plusSeconds(600), T0.plusSeconds(7200))).isEqualTo(UnitStatus.THAWED);
        assertThat(status(T0.plusSeconds(600), T0.plusSeconds(3599))).isEqualTo(UnitStatus.STORED);
        assertThat(status(T0.plusSeconds(600), T0.plusSeconds(3600))).isEqualTo(UnitStatus.THAWED);
    }

    @Test
    void aCorrectionSetsTheCorrectedEventAsideFromTheMomentItWasRecorded() {
        CustodyEvent wrong = record(Fixtures.event(EventType.QUARANTINED, T0, Fixtures.DIN), T0);
        EventContent fix = Fixtures.event(EventType.RECEIVED, T0, Fixtures.DIN);
        fix = new EventContent(fix.type(), fix.coi(), fix.dins(), fix.patientId(), fix.from(), fix.to(), fix.site(),
                fix.siteZone(), fix.deviceId(), fix.signatures(), fix.occurredAt(), fix.provenance(), fix.payload(),
                new Correction(wrong.id(), "wrong button: unit was accepted, not quarantined"));
        record(fix, T0.plusSeconds(300));
        assertThat(status(T0.plusSeconds(1), T0.plusSeconds(299))).isEqualTo(UnitStatus.QUARANTINED);
        CustodyState after = CustodyState.derive(Fixtures.COI, chain, T0.plusSeconds(1), T0.plusSeconds(300));
        assertThat(after.units().get(0).status()).isEqualTo(UnitStatus.RECEIVED);
        assertThat(after.voided()).containsExactly(wrong.id());
    }

    @Test
    void anEventWithoutDinsAppliesToEveryKnownUnitAndAMismatchIsAHardStop() {
        record(Fixtures.event(EventType.LABEL_VERIFIED, T0, Fixtures.DIN), T0);
        EventContent handoff = Fixtures.event(EventType.CUSTODY_TRANSFERRED, T0.plusSeconds(5));
        Party nurse = new Party(PartyRole.STAFF, "S-9", "Bea Nurse");
        record(new EventContent(handoff.type(), handoff.coi(), handoff.dins(), null, Fixtures.COURIER, nurse,
                handoff.site(), handoff.siteZone(), handoff.deviceId(), handoff.signatures(), handoff.occurredAt(),
                handoff.provenance(), null, null), T0.plusSeconds(5));
        CustodyState s = CustodyState.derive(Fixtures.COI, chain, T0.plusSeconds(5), T0.plusSeconds(5));
        assertThat(s.units().get(0).holder()).isEqualTo(nurse);
        assertThat(s.hardStop()).isFalse();
        record(Fixtures.event(EventType.MISMATCH_DETECTED, T0.plusSeconds(9)), T0.plusSeconds(9));
        assertThat(CustodyState.derive(Fixtures.COI, chain, T0.plusSeconds(9), T0.plusSeconds(9)).hardStop()).isTrue();
    }

    private UnitStatus status(Instant validAt, Instant knownAt) {
        return CustodyState.derive(Fixtures.COI, chain, validAt, knownAt).units().get(0).status();
    }
}
