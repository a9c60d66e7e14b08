package org.coiedge.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventChainTest {
    private static final DeviceSigner SIGNER = Ed25519.signer("D-test", Ed25519.generate());
    private static final Instant T = Instant.parse("2025-11-02T05:30:00Z");

    private static CustodyEvent first() {
        return EventChain.seal(UUID.fromString("0190f1a2-0000-7000-8000-000000000001"), 1,
                Fixtures.event(EventType.RECEIVED, T, Fixtures.DIN), T.plusSeconds(1), EventChain.GENESIS_HASH, SIGNER);
    }

    @Test
    void aSealedEventIsAuthenticAndItsHashIsTheSha256OfItsCanonicalBody() {
        CustodyEvent e = first();
        String body = CanonicalJson.write(EventJson.body(e));
        assertThat(e.hash()).isEqualTo(EventChain.sha256Hex(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(body).startsWith("{\"coi\":\"CHA999924A1B2C3\",\"deviceId\":\"D-test\",\"dins\":[");
        assertThat(EventChain.isAuthentic(e, SIGNER.publicKey())).isTrue();
    }

    @Test
    void theStoredBodyParsesBackToAnEqualEventWithTheSameHash() {
        CustodyEvent e = first();
        String body = CanonicalJson.write(EventJson.body(e));
        CustodyEvent back = EventJson.parse(body, e.hash(), e.deviceSignature());
        assertThat(back.content()).isEqualTo(e.content());
        assertThat(CanonicalJson.write(EventJson.body(back))).isEqualTo(body);
        assertThat(EventChain.isAuthentic(back, SIGNER.publicKey())).isTrue();
    }

    @Test
    void changingAnyFieldAfterSealingBreaksAuthenticity() {
        CustodyEvent e = first();
        CustodyEvent changed = new CustodyEvent(e.id(), e.sequence(),
                e.content().withPayload(java.util.Map.of("note", "bag 2 of 2")), e.recordedAt(),
                e.previousHash(), e.hash(), e.deviceSignature());
        assertThat(EventChain.isAuthentic(changed, SIGNER.publicKey())).isFalse();
        CustodyEvent otherKey = EventChain.seal(e.id(), 1, e.content(), e.recordedAt(), EventChain.GENESIS_HASH,
                Ed25519.signer("D-test", Ed25519.generate()));
        assertThat(EventChain.isAuthentic(otherKey, SIGNER.publicKey())).isFalse();
    }

    @Test
    void theNextEventLinksToThePreviousHash() {
        CustodyEvent a = first();
        CustodyEvent b = EventChain.seal(UUID.randomUUID(), 2, Fixtures.event(EventType.STORED, T, Fixtures.DIN),
                T.plusSeconds(2), a.hash(), SIGNER);
        assertThat(b.previousHash()).isEqualTo(a.hash());
        assertThat(b.hash()).isNotEqualTo(a.hash());
    }

    @Test
    void everyIdentifierMustSayHowItWasObtained() {
        EventContent ok = Fixtures.event(EventType.RECEIVED, T);
        assertThatThrownBy(() -> new EventContent(ok.type(), ok.coi(), java.util.List.of(Fixtures.DIN), null, null,
                null, ok.site(), ok.siteZone(), ok.deviceId(), ok.signatures(), T, ok.provenance(), null, null))
                .hasMessageContaining("say how identifier A999924123456 was obtained");
    }

    @Test
    void aCorrectionEventMustNameTheCorrectedEventAndAReason() {
        assertThatThrownBy(() -> Fixtures.event(EventType.CORRECTION, T))
                .hasMessageContaining("must name the corrected event and a reason");
        assertThatThrownBy(() -> new Correction(UUID.randomUUID(), " ")).hasMessageContaining("reason is required");
    }
}
