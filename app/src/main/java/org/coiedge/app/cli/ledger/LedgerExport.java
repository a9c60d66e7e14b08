package org.coiedge.app.cli.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventJson;
import org.coiedge.core.event.Party;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.ledger.CustodyState;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.UnitState;

/** Builds the JSON tree of an export: events as recorded plus the derived custody state of each COI. */
public final class LedgerExport {
    private LedgerExport() {
    }

    /**
     * @param coi  only this COI, or null for all
     * @param asOf the ledger as it stood at this transaction time (custody at this valid time), or null for now
     */
    public static Map<String, Object> build(Ledger ledger, CoiId coi, Instant asOf, Instant now) throws LedgerException {
        Instant t = asOf != null ? asOf : now;
        List<CustodyEvent> events = coi != null ? ledger.eventsForCoiAsOf(coi, t) : ledger.asOf(t);
        Set<CoiId> cois = new LinkedHashSet<>();
        if (coi != null) {
            cois.add(coi);
        }
        List<Object> eventTrees = new ArrayList<>(events.size());
        for (CustodyEvent e : events) {
            Map<String, Object> tree = new LinkedHashMap<>(EventJson.export(e));
            tree.put("software", ledger.softwareAt(e.sequence()).orElse(null));
            eventTrees.add(tree);
            cois.add(e.content().coi());
        }
        List<Object> states = new ArrayList<>();
        for (CoiId c : cois) {
            List<CustodyEvent> mine = coi != null ? events : events.stream()
                    .filter(e -> e.content().coi().equals(c)).collect(java.util.stream.Collectors.toList());
            states.add(state(CustodyState.derive(c, mine, t, t)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("coi", coi == null ? null : coi.value());
        out.put("asOf", asOf == null ? null : asOf.toString());
        out.put("eventCount", events.size());
        out.put("events", eventTrees);
        out.put("custodyStates", states);
        return out;
    }

    static Map<String, Object> state(CustodyState s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("coi", s.coi().value());
        m.put("validAt", s.validAt().toString());
        m.put("knownAt", s.knownAt().toString());
        m.put("patientId", s.patientId());
        m.put("hardStop", s.hardStop());
        List<Object> units = new ArrayList<>();
        for (UnitState u : s.units()) {
            Map<String, Object> um = new LinkedHashMap<>();
            um.put("din", u.din().value());
            um.put("status", u.status() == null ? null : u.status().name());
            um.put("holder", party(u.holder()));
            um.put("site", u.site().value());
            um.put("lastEventId", u.lastEventId().toString());
            um.put("since", u.since().toString());
            units.add(um);
        }
        m.put("units", units);
        List<String> voided = new ArrayList<>();
        s.voided().forEach(id -> voided.add(id.toString()));
        voided.sort(null);
        m.put("voidedByCorrection", voided);
        return m;
    }

    private static Map<String, Object> party(Party p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", p.role().name());
        m.put("id", p.id());
        m.put("name", p.name());
        return m;
    }
}
