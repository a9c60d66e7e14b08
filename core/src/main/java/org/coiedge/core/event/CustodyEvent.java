package org.coiedge.core.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A custody event as recorded: the {@link EventContent} plus what the ledger added. Immutable,
 * and never changed once recorded; a mistake is fixed by a later event carrying a
 * {@link Correction}.
 *
 * @param id              UUIDv7, unique and time-ordered
 * @param sequence        position in the device's hash chain, from 1, without gaps
 * @param content         what happened
 * @param recordedAt      when the ledger recorded it (transaction time), UTC
 * @param previousHash    {@link #hash} of the event before it in the chain, or {@link EventChain#GENESIS_HASH}
 * @param hash            SHA-256 (lower-case hex) of the canonical body, see {@link EventChain}
 * @param deviceSignature Ed25519 signature of the canonical body by the device key
 */
public record CustodyEvent(
        UUID id,
        long sequence,
        EventContent content,
        Instant recordedAt,
        String previousHash,
        String hash,
        byte[] deviceSignature) {

    public CustodyEvent {
        Objects.requireNonNull(id, "id");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        deviceSignature = Objects.requireNonNull(deviceSignature, "deviceSignature").clone();
    }

    @Override
    public byte[] deviceSignature() {
        return deviceSignature.clone();
    }

    public EventType type() {
        return content.type();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustodyEvent && ((CustodyEvent) o).hash.equals(hash)
                && ((CustodyEvent) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "CustodyEvent[#" + sequence + " " + content.type() + " " + content.coi() + " id=" + id + "]";
    }
}
