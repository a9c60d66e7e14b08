package org.coiedge.tests.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.tests.central.CentralServer;
import org.coiedge.tests.central.Seed;

/** Starts the reference central server for a test with the documented seed file, and checks what it holds. */
final class Central {
    static final Path SEED = Path.of("reference-central-seed.json");

    private Central() {
    }

    static CentralServer start(Path dir) throws Exception {
        return start(dir, Clock.systemUTC());
    }

    static CentralServer start(Path dir, Clock clock) throws Exception {
        return CentralServer.start(0, dir.resolve("central.db"), Seed.read(SEED), clock);
    }

    /**
     * The server holds exactly the given events of the kiosk, each once, in chain order; the kiosk's
     * outbox is empty and every acknowledgement carries the server's sequence.
     */
    static void assertHoldsExactlyOnceInOrder(CentralServer server, Kiosk kiosk, List<CustodyEvent> events)
            throws Exception {
        List<CentralServer.StoredEvent> stored = server.events(kiosk.deviceId());
        List<String> ids = new ArrayList<>();
        List<Long> sequences = new ArrayList<>();
        stored.forEach(s -> {
            ids.add(s.eventId());
            sequences.add(s.sequence());
        });
        List<String> expected = new ArrayList<>();
        List<Long> expectedSeq = new ArrayList<>();
        events.forEach(e -> {
            expected.add(e.id().toString());
            expectedSeq.add(e.sequence());
        });
        assertThat(ids).as("the server holds every event once, in chain order").containsExactlyElementsOf(expected);
        assertThat(sequences).containsExactlyElementsOf(expectedSeq);
        assertThat(kiosk.ledger.outbox(10)).as("the outbox is empty").isEmpty();
        Map<String, Long> acks = kiosk.acknowledgements();
        for (CentralServer.StoredEvent s : stored) {
            assertThat(acks.get(s.eventId())).as("ack of " + s.eventId()).isEqualTo(s.serverSequence());
        }
    }
}
