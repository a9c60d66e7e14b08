package org.coiedge.app.cli.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coiedge.core.ledger.OutboxSummary;
import org.coiedge.core.ledger.QuarantinedEvent;
import org.coiedge.core.sync.SyncStatus;

/** The JSON shapes of the sync commands. */
final class StatusJson {
    private StatusJson() {
    }

    static Map<String, Object> status(SyncStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", s.state().name());
        m.put("pending", s.pendingCount());
        m.put("oldestPending", s.oldestPending().map(Object::toString).orElse(null));
        m.put("oldestPendingAgeSeconds", s.oldestPendingAge(s.at()).toSeconds());
        m.put("lastSuccess", s.lastSuccess().map(Object::toString).orElse(null));
        m.put("lastError", s.lastError().orElse(null));
        m.put("rejected", s.rejectedCount());
        m.put("clockSkewMillis", s.clockSkew().map(d -> d.toMillis()).orElse(null));
        m.put("skewExceeded", s.skewExceeded());
        m.put("at", s.at().toString());
        return m;
    }

    static Map<String, Object> outbox(OutboxSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pending", s.pending());
        m.put("oldestPending", s.oldestPending().map(Object::toString).orElse(null));
        m.put("acknowledged", s.acknowledged());
        m.put("quarantined", s.quarantined());
        return m;
    }

    static List<Map<String, Object>> quarantined(List<QuarantinedEvent> events) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (QuarantinedEvent q : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sequence", q.sequence());
            m.put("eventId", q.eventId().toString());
            m.put("type", q.type().name());
            m.put("coi", q.coi().value());
            m.put("code", q.code());
            m.put("reason", q.reason());
            m.put("rejectedAt", q.rejectedAt().toString());
            out.add(m);
        }
        return out;
    }
}
