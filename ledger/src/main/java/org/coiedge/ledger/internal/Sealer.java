package org.coiedge.ledger.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.EventChain;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.UuidV7Generator;

/**
 * Turns event content into chain links: id, sequence, recorded time (never earlier than the
 * previous link's, so transaction time follows chain order even if the clock steps back),
 * previous hash, hash, then the device signature. Used only by the writer thread; signing of a
 * batch is spread over the cores.
 */
final class Sealer {
    /** The last link of the chain. */
    record Head(long sequence, String hash, Instant recordedAt) {
    }

    /** A link being recorded. */
    static final class Pending {
        final UUID id;
        final long sequence;
        final EventContent content;
        final Instant recordedAt;
        final String previousHash;
        final byte[] body;
        final String hash;
        byte[] signature;

        Pending(UUID id, long sequence, EventContent content, Instant recordedAt, String previousHash, byte[] body) {
            this.id = id;
            this.sequence = sequence;
            this.content = content;
            this.recordedAt = recordedAt;
            this.previousHash = previousHash;
            this.body = body;
            this.hash = EventChain.sha256Hex(body);
        }

        CustodyEvent event() {
            return new CustodyEvent(id, sequence, content, recordedAt, previousHash, hash, signature);
        }
    }

    private final DeviceSigner signer;
    private final UuidV7Generator ids;
    private final Clock clock;
    private final ExecutorService pool;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private Head head;

    Sealer(DeviceSigner signer, UuidV7Generator ids, Clock clock, Head head) {
        this.signer = signer;
        this.ids = ids;
        this.clock = clock;
        this.head = head;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "coi-edge-ledger-signer");
            t.setDaemon(true);
            return t;
        });
    }

    boolean canSign() {
        return signer != null;
    }

    Head head() {
        return head;
    }

    void reset(Head h) {
        head = h;
    }

    List<Pending> chain(List<EventContent> contents) {
        List<Pending> out = new ArrayList<>(contents.size());
        for (EventContent c : contents) {
            Instant now = clock.instant();
            Instant recordedAt = head.recordedAt() != null && now.isBefore(head.recordedAt()) ? head.recordedAt() : now;
            long seq = head.sequence() + 1;
            UUID id = ids.next();
            Pending p = new Pending(id, seq, c, recordedAt, head.hash(),
                    EventChain.canonicalBody(id, seq, c, recordedAt, head.hash()));
            out.add(p);
            head = new Head(seq, p.hash, recordedAt);
        }
        return out;
    }

    void sign(List<Pending> pending) {
        if (pending.size() < 2 || threads == 1) {
            pending.forEach(p -> p.signature = signer.sign(p.body));
            return;
        }
        List<Future<?>> parts = new ArrayList<>();
        int per = (pending.size() + threads - 1) / threads;
        for (int from = 0; from < pending.size(); from += per) {
            List<Pending> slice = pending.subList(from, Math.min(pending.size(), from + per));
            parts.add(pool.submit(() -> slice.forEach(p -> p.signature = signer.sign(p.body))));
        }
        try {
            for (Future<?> f : parts) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signing events", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("signing failed: " + e.getCause(), e.getCause());
        }
    }

    void close() {
        pool.shutdownNow();
    }
}
