package org.coiedge.app.timeline;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.Signature;

/**
 * One event as the timeline shows it: when (site-local time with zone, and UTC), what, custody
 * from and to, where, the signatures with their meaning, identifiers keyed by hand, and whether a
 * correction set it aside.
 */
public record TimelineRow(String id, String local, String utc, String what, String custody, String place,
        List<String> signatures, List<String> keyed, boolean setAside) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public TimelineRow {
        signatures = List.copyOf(signatures);
        keyed = List.copyOf(keyed);
    }

    static TimelineRow of(CustodyEvent e, boolean setAside) {
        EventContent c = e.content();
        List<String> sigs = new ArrayList<>();
        for (Signature s : c.signatures()) {
            sigs.add(meaning(s) + " " + s.printedName());
        }
        List<String> keyed = new ArrayList<>();
        for (Map.Entry<String, IdentifierProvenance> p : c.provenance().entrySet()) {
            if (p.getValue() == IdentifierProvenance.KEYED_WITH_CHECK) {
                keyed.add(p.getKey());
            }
        }
        String custody = c.from() == null && c.to() == null ? "" : party(c.from()) + " \u2192 " + party(c.to());
        return new TimelineRow(e.id().toString(), LOCAL.format(c.occurredAtSite()), UTC.format(c.occurredAt()),
                c.type().name().replace('_', ' '), custody, "FIN " + c.site().value() + " \u00b7 device "
                + c.deviceId().substring(0, Math.min(8, c.deviceId().length())), sigs, keyed, setAside);
    }

    static String party(Party p) {
        return p == null ? "-" : p.name() + " (" + p.role().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    /** The meaning as people read it on a signature. */
    static String meaning(Signature s) {
        switch (s.meaning()) {
            case VERIFIED:
                return "Verified by";
            case WITNESSED:
                return "Witnessed by";
            case APPROVED:
                return "Approved by";
            case RELEASED:
                return "Released by";
            case RECEIVED:
                return "Received custody:";
            default:
                return "Performed by";
        }
    }
}
