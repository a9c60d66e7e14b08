package org.coiedge.app.kiosk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.app.kiosk.data.Personnel;
import org.coiedge.core.auth.PinHasher;
import org.coiedge.core.auth.Role;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.PatientIdentificationNumber;
import org.coiedge.core.isbt128.ProductCode;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.ReferenceDataCache;

/**
 * The demo site's people, patients and orders, seeded into an empty reference data cache on the
 * first start in demo mode. The PINs are printed on the demo sheet ({@link DemoSheet}); only their
 * hashes are stored. Identifiers use the site's FIN (A9999 by default, a validation facility).
 */
public final class DemoData {
    /** A demo staff member with the PIN printed on the demo sheet. */
    public record DemoStaff(String staffSuffix, String name, Role role, String pin) {
    }

    /** The demo staff: one per role, and a second nurse. */
    public static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("T00001", "Alex Tan", Role.APHERESIS_TECHNICIAN, "1111"),
            new DemoStaff("C00002", "Casey Ruiz", Role.COURIER, "2222"),
            new DemoStaff("R00003", "Robin Weber", Role.RECEIVING_STAFF, "3333"),
            new DemoStaff("N00004", "Nora Okafor", Role.NURSE, "4444"),
            new DemoStaff("N00005", "Sam Lindqvist", Role.NURSE, "5555"),
            new DemoStaff("A00006", "Morgan Adeyemi", Role.ADMINISTRATOR, "6666"));

    private DemoData() {
    }

    /** Seeds personnel and orders unless the cache already has them; returns whether it did. */
    public static boolean seedIfEmpty(ReferenceDataCache cache, PinHasher hasher, KioskConfig.Site site, Clock clock)
            throws LedgerException {
        boolean seeded = false;
        if (cache.version(Dataset.PERSONNEL).isEmpty()) {
            Map<String, String> rows = new LinkedHashMap<>();
            for (DemoStaff s : STAFF) {
                StaffMember m = new StaffMember(site.fin().value() + s.staffSuffix(), s.name(), EnumSet.of(s.role()),
                        hasher.hash(s.pin().toCharArray()));
                rows.put(m.staffId(), Personnel.toRow(m));
            }
            cache.apply(Dataset.PERSONNEL, 1, rows);
            seeded = true;
        }
        if (cache.version(Dataset.ORDERS).isEmpty()) {
            Map<String, String> rows = new LinkedHashMap<>();
            for (LabelOrder o : orders(site, clock)) {
                rows.put(o.orderId(), o.toRow());
            }
            for (org.coiedge.app.kiosk.data.OrderRow o : DemoWorkflows.orders(site, clock)) {
                rows.put(o.orderId(), o.toRow());
            }
            cache.apply(Dataset.ORDERS, 1, rows);
            seeded = true;
        }
        if (cache.version(Dataset.SHIPMENTS).isEmpty()) {
            Map<String, String> rows = new LinkedHashMap<>();
            for (org.coiedge.app.kiosk.data.ShipmentRow r : DemoWorkflows.shipments(site, clock)) {
                rows.put(r.shipmentId(), r.toRow());
            }
            cache.apply(Dataset.SHIPMENTS, 1, rows);
            seeded = true;
        }
        return seeded;
    }

    static List<LabelOrder> orders(KioskConfig.Site site, Clock clock) {
        ZonedDateTime collected = clock.instant().atZone(site.zone()).truncatedTo(ChronoUnit.MINUTES);
        int year = collected.getYear() % 100;
        ProductCode car = new ProductCode("S1234", '1', "00");
        return List.of(
                order("ORD-1001", "DOE, JANE", LocalDate.of(1961, 3, 12), "MRN000123", site, year, "A1B2C3", 101, car,
                        collected),
                order("ORD-1002", "ROE, RICHARD", LocalDate.of(1974, 11, 2), "MRN000456", site, year, "D4E5F6", 102, car,
                        collected),
                order("ORD-1003", "MUSTER, ERIKA", LocalDate.of(1958, 7, 30), "MRN000789", site, year, "G7H8J9", 103, car,
                        collected));
    }

    private static LabelOrder order(String id, String name, LocalDate dob, String mrn, KioskConfig.Site site, int year,
            String coiSeq, int dinSeq, ProductCode product, ZonedDateTime collected) {
        String wristband = new PatientIdentificationNumber("01", mrn).encode();
        return new LabelOrder(id, name, dob, mrn, wristband, new CoiId(site.fin(), year, coiSeq),
                new Din(site.fin(), year, dinSeq), product, "CAR-T CELLS, AUTOLOGOUS", collected, collected.plusHours(48));
    }
}
