package org.coiedge.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.ledger.Acknowledgement;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.Rejection;
import org.coiedge.core.ledger.SyncRecords;
import org.coiedge.sync.internal.Wire;

/**
 * Drains the outbox in chain order, in batches bounded by count and bytes. Each answer is stored in
 * the ledger (acknowledgements, quarantined rejections) in one transaction before the next batch
 * goes out, so a crash or a lost answer at any point leads to a resend that the central chain
 * answers with duplicates: every event ends up there exactly once.
 */
final class Uploader {
    /** What a drain did; {@code chainBreak} set when the central chain refused to go on. */
    record Drained(long acknowledged, long quarantined, Optional<String> lastRejection, Optional<ChainBreak> chainBreak) {
    }

    /** Called after every stored answer, so the status can show progress. */
    interface Progress {
        void batchStored() throws LedgerException;
    }

    private final CentralApi api;
    private final String deviceId;
    private final SyncRecords records;
    private final SyncPolicy policy;
    private final Clock clock;

    Uploader(CentralApi api, String deviceId, SyncRecords records, SyncPolicy policy, Clock clock) {
        this.api = api;
        this.deviceId = deviceId;
        this.records = records;
        this.policy = policy;
        this.clock = clock;
    }

    /** Events ready to send: the events and their serialized items. */
    private record Batch(List<CustodyEvent> events, List<byte[]> items) {
        long last() {
            return events.get(events.size() - 1).sequence();
        }
    }

    /**
     * Sends batch after batch. While one is on its way, the next is read and serialized (the
     * network wait is the longest part); its answer is stored before the next is sent.
     */
    Drained drain(Progress progress) throws CentralException, LedgerException {
        long acked = 0;
        long quarantined = 0;
        Optional<String> lastRejection = Optional.empty();
        Batch batch = prepare(records.pending(policy.batchMaxEvents()));
        while (batch != null) {
            CompletableFuture<UploadResult> sent = api.uploadAsync(deviceId,
                    Wire.uploadBody(batch.items(), batch.items().size()), batch.events().size());
            Batch next;
            try {
                next = prepare(records.pendingAfter(batch.last(), policy.batchMaxEvents()));
            } catch (LedgerException readLater) {
                next = null; // read again below, once the answer is stored
            }
            UploadResult r = await(sent);
            List<Acknowledgement> acks = new ArrayList<>();
            List<Rejection> rejections = new ArrayList<>();
            for (int i = 0; i < r.outcomes().size(); i++) {
                EventOutcome o = r.outcomes().get(i);
                if (i >= batch.events().size() || !o.eventId().equals(batch.events().get(i).id())) {
                    throw protocol("answered for event " + o.eventId() + " at place " + (i + 1) + " of the batch");
                }
                if (o instanceof EventOutcome.Accepted) {
                    acks.add(new Acknowledgement(o.eventId(), ((EventOutcome.Accepted) o).serverSequence(), clock.instant()));
                } else if (o instanceof EventOutcome.Duplicate) {
                    acks.add(new Acknowledgement(o.eventId(), ((EventOutcome.Duplicate) o).serverSequence(), clock.instant()));
                } else {
                    EventOutcome.Rejected rej = (EventOutcome.Rejected) o;
                    rejections.add(new Rejection(rej.eventId(), rej.code(), rej.reason(), clock.instant()));
                    lastRejection = Optional.of(rejectionMessage(batch.events().get(i), rej));
                }
            }
            records.record(acks, rejections);
            acked += acks.size();
            quarantined += rejections.size();
            progress.batchStored();
            if (r.chainBreak().isPresent()) {
                return new Drained(acked, quarantined, lastRejection, r.chainBreak());
            }
            if (r.outcomes().isEmpty()) {
                throw protocol("answered an upload of " + batch.events().size() + " events without processing any");
            }
            if (r.outcomes().size() < batch.events().size() || next == null) {
                next = prepare(records.pending(policy.batchMaxEvents())); // the server took part: the rest goes again
            }
            batch = next;
        }
        return new Drained(acked, quarantined, lastRejection, Optional.empty());
    }

    /** The longest prefix of {@code pending} within the byte bound (at least one event), or null when empty. */
    private Batch prepare(List<CustodyEvent> pending) {
        if (pending.isEmpty()) {
            return null;
        }
        List<byte[]> items = new ArrayList<>(pending.size());
        int bytes = 0;
        for (CustodyEvent e : pending) {
            byte[] item = Wire.eventItem(e);
            if (!items.isEmpty() && bytes + item.length > policy.batchMaxBytes()) {
                break;
            }
            items.add(item);
            bytes += item.length + 1;
        }
        return new Batch(pending.subList(0, items.size()), items);
    }

    private static UploadResult await(CompletableFuture<UploadResult> sent) throws CentralException {
        try {
            return sent.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause() instanceof CompletionException ? e.getCause().getCause() : e.getCause();
            if (c instanceof CentralException) {
                throw (CentralException) c;
            }
            throw new IllegalStateException("upload failed unexpectedly", c);
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new CentralException(CentralException.Failure.UNREACHABLE, "Sync was stopped while an upload was"
                    + " on its way; it will be sent again (the central chain keeps each event once).", e);
        }
    }

    static String rejectionMessage(CustodyEvent e, EventOutcome.Rejected r) {
        return "Central chain refused event #" + e.sequence() + " (" + e.type() + ", COI " + e.content().coi().value()
                + "): " + r.reason() + " [" + r.code() + "]. The event is kept on this device, quarantined;"
                + " call the site administrator.";
    }

    static String chainBreakMessage(ChainBreak b) {
        String what = b.expectedSequence() < b.sequence()
                ? "it expects #" + b.expectedSequence() + " next, so event #" + b.expectedSequence()
                        + " is missing or was changed on this device, or the central chain lost it"
                : "it expects #" + b.expectedSequence() + " next";
        return "Central chain refused event #" + b.sequence() + " and the events after it: " + b.reason() + " ("
                + what + "). Nothing is lost here; nothing more can be sent until this is resolved. Run"
                + " 'coi-edge ledger verify' on this device and call the site administrator.";
    }

    private CentralException protocol(String what) {
        return new CentralException(CentralException.Failure.PROTOCOL, "Central system at " + api.where() + " "
                + what + ": it broke the contract. Report it to the central system's operators.", null);
    }
}
