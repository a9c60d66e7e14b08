package org.coiedge.app.keyed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.LedgerException;

/**
 * The supervisor's report of identifiers keyed instead of scanned: every UNABLE_TO_SCAN event in
 * this kiosk's ledger, one CSV line each (when in UTC and site time, site, device, COI, what was
 * keyed, the reason and note, who keyed it and who confirmed it). Blocking; call off the UI thread.
 */
public final class UnableToScanReport {
    static final String HEADER = "occurred_utc,occurred_local,site,device,coi,kind,value,reason,note,keyed_by,confirmed_by,"
            + "event_id";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter FILE = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private UnableToScanReport() {
    }

    /** The report's lines (header first). */
    public static List<String> lines(Ledger ledger, Clock clock) throws LedgerException {
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        for (CustodyEvent e : ledger.asOf(clock.instant())) {
            if (e.type() != EventType.UNABLE_TO_SCAN) {
                continue;
            }
            EventContent c = e.content();
            Map<String, Object> p = c.payload();
            out.add(String.join(",", csv(c.occurredAt().toString()), csv(LOCAL.format(c.occurredAtSite())),
                    csv(c.site().value()), csv(c.deviceId()), csv(c.coi().value()), csv(p.get("kind")), csv(p.get("value")),
                    csv(p.get("reason")), csv(p.get("note")), csv(signer(c, SignatureMeaning.PERFORMED)),
                    csv(signer(c, SignatureMeaning.VERIFIED)), csv(e.id().toString())));
        }
        return out;
    }

    /** Writes the report to {@code folder}; returns the file and the number of cases. */
    public static Map.Entry<Path, Integer> write(Ledger ledger, Path folder, Clock clock) throws LedgerException, IOException {
        List<String> lines = lines(ledger, clock);
        Files.createDirectories(folder);
        Path file = folder.resolve("unable-to-scan-" + FILE.format(clock.instant()) + ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return Map.entry(file, lines.size() - 1);
    }

    private static String signer(EventContent c, SignatureMeaning meaning) {
        for (Signature s : c.signatures()) {
            if (s.meaning() == meaning) {
                return s.printedName() + " (" + s.staffId() + ")";
            }
        }
        return "";
    }

    private static String csv(Object v) {
        String s = v == null ? "" : v.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
