package org.coiedge.app.timeline;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.ledger.CustodyState;

/**
 * The custody holders of a COI one after another: each event that hands custody to someone (a
 * to-party) and that the record, as known then, still counts (not set aside by a correction), in
 * the order the handoffs happened. Pure function.
 */
final class Holders {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM HH:mm z", Locale.ENGLISH);

    private Holders() {
    }

    static List<String> of(List<CustodyEvent> events, CustodyState custody) {
        List<CustodyEvent> handoffs = new ArrayList<>();
        for (CustodyEvent e : events) {
            if (e.content().to() != null && custody.applied().contains(e.id())) {
                handoffs.add(e);
            }
        }
        handoffs.sort(Comparator.comparing((CustodyEvent e) -> e.content().occurredAt())
                .thenComparingLong(CustodyEvent::sequence));
        List<String> out = new ArrayList<>();
        String last = null;
        for (CustodyEvent e : handoffs) {
            String who = TimelineRow.party(e.content().to());
            if (who.equals(last)) {
                continue;
            }
            last = who;
            out.add(who + "\nFIN " + e.content().site().value() + "\nsince " + AT.format(e.content().occurredAtSite()));
        }
        return out;
    }
}
