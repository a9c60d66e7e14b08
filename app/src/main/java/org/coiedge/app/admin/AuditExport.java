package org.coiedge.app.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventJson;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.Verification;

/**
 * Exports the whole ledger for an audit: every event (body, hash, device signature, local time at
 * the site) and the result of a full chain verification, as one JSON file named after the export
 * time. Blocking; call off the UI thread.
 */
public final class AuditExport {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private AuditExport() {
    }

    /** Writes the export into {@code folder}; returns the file and the number of events. */
    public static Map.Entry<Path, Integer> write(Ledger ledger, String deviceId, Path folder, Clock clock)
            throws LedgerException, IOException {
        Instant now = clock.instant();
        List<CustodyEvent> events = ledger.asOf(now);
        Verification v = ledger.verify();
        List<Map<String, Object>> out = new ArrayList<>();
        for (CustodyEvent e : events) {
            out.add(EventJson.export(e));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("deviceId", deviceId);
        doc.put("exportedAt", now.toString());
        doc.put("eventCount", events.size());
        Map<String, Object> check = new LinkedHashMap<>();
        if (v instanceof Verification.Intact) {
            check.put("status", "INTACT");
            check.put("headHash", ((Verification.Intact) v).headHash());
        } else {
            Verification.Broken b = (Verification.Broken) v;
            check.put("status", "BROKEN");
            check.put("sequence", b.sequence());
            check.put("problem", b.problem().name());
            check.put("detail", b.detail());
        }
        check.put("events", v.events());
        doc.put("verification", check);
        doc.put("events", out);
        Files.createDirectories(folder);
        Path file = folder.resolve("audit-" + NAME.format(now) + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), doc);
        return Map.entry(file, events.size());
    }
}
