package org.coiedge.app.kiosk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.kiosk.data.OrderRow;
import org.coiedge.app.kiosk.data.ShipmentRow;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.PatientIdentificationNumber;
import org.coiedge.core.isbt128.ProductCode;
import org.coiedge.core.ledger.IdentifierBlocks;
import org.coiedge.core.ledger.IdentifierKind;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.workflow.handoff.ExpectedUnit;
import org.coiedge.core.workflow.handoff.Manifest;

/**
 * Demo data for the collection, courier handoff and receipt workflows: orders awaiting collection
 * (a first collection, and a second collection of DOE, JANE's therapy that reuses her COI), a
 * second bag for two demo patients, an outgoing shipment (pickup here) and an incoming one
 * (delivery and receipt here), and leased DIN and COI blocks so the kiosk can assign numbers
 * offline. The manufacturer is validation facility A9998.
 */
public final class DemoWorkflows {
    /** The demo manufacturer: where collected bags go and treated product comes from. */
    public static final Fin MANUFACTURER = Fin.of("A9998");
    /** The DIN and COI sequence numbers leased to a demo kiosk (per year). */
    public static final long FIRST = 1_000;
    public static final long LAST = 1_999;

    private static final ProductCode CAR_T = new ProductCode("S1234", '1', "00");

    private DemoWorkflows() {
    }

    /** Orders awaiting collection, and a second bag of DOE, JANE (ORD-1004) and of ROE, RICHARD (ORD-1005). */
    static List<OrderRow> orders(KioskConfig.Site site, Clock clock) {
        ZonedDateTime now = clock.instant().atZone(site.zone()).truncatedTo(ChronoUnit.MINUTES);
        int year = now.getYear() % 100;
        List<OrderRow> out = new ArrayList<>();
        out.add(order("ORD-2001", "LUND, TOVE", LocalDate.of(1969, 5, 21), "MRN000321", Optional.empty(),
                Optional.empty(), now.plusHours(1), "CAR-T (demo), first collection"));
        out.add(order("ORD-2002", "DOE, JANE", LocalDate.of(1961, 3, 12), "MRN000123",
                Optional.of(new CoiId(site.fin(), year, "A1B2C3")), Optional.empty(), now.plusHours(2),
                "CAR-T (demo), second collection"));
        out.add(order("ORD-1004", "DOE, JANE", LocalDate.of(1961, 3, 12), "MRN000123",
                Optional.of(new CoiId(site.fin(), year, "A1B2C3")), Optional.of(new Din(site.fin(), year, 104)), now,
                "CAR-T (demo)"));
        out.add(order("ORD-1005", "ROE, RICHARD", LocalDate.of(1974, 11, 2), "MRN000456",
                Optional.of(new CoiId(site.fin(), year, "D4E5F6")), Optional.of(new Din(site.fin(), year, 105)), now,
                "CAR-T (demo)"));
        return out;
    }

    private static OrderRow order(String id, String name, LocalDate dob, String mrn, Optional<CoiId> coi,
            Optional<Din> din, ZonedDateTime at, String therapy) {
        return new OrderRow(id, name, dob, mrn, new PatientIdentificationNumber("01", mrn).encode(), coi, din, CAR_T,
                "CAR-T CELLS, AUTOLOGOUS", at, at.plusHours(48), therapy);
    }

    /**
     * SHP-DEMO-1 leaves this site for the manufacturer with DOE, JANE's bags 101 and 104 (pickup here);
     * SHP-DEMO-2 comes from the manufacturer with ROE, RICHARD's bags 102 and 105 (delivery and receipt here).
     */
    static List<ShipmentRow> shipments(KioskConfig.Site site, Clock clock) {
        int year = clock.instant().atZone(site.zone()).getYear() % 100;
        java.time.Instant expires = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(java.time.Duration.ofHours(48));
        Party here = new Party(PartyRole.COLLECTION_SITE, site.fin().value(), site.name());
        Party maker = new Party(PartyRole.MANUFACTURER, MANUFACTURER.value(), "Validation Cell Manufacturing");
        Party treatment = new Party(PartyRole.TREATMENT_SITE, site.fin().value(), site.name());
        return List.of(
                new ShipmentRow(new Manifest("SHP-DEMO-1", new CoiId(site.fin(), year, "A1B2C3"), List.of(
                        new ExpectedUnit(new Din(site.fin(), year, 101), expires),
                        new ExpectedUnit(new Din(site.fin(), year, 104), expires)), here, maker), Optional.empty()),
                new ShipmentRow(new Manifest("SHP-DEMO-2", new CoiId(site.fin(), year, "D4E5F6"), List.of(
                        new ExpectedUnit(new Din(site.fin(), year, 102), expires),
                        new ExpectedUnit(new Din(site.fin(), year, 105), expires)), maker, treatment), Optional.empty()));
    }

    /**
     * Leases DIN and COI numbers {@value #FIRST}-{@value #LAST} for this year and the next (a kiosk
     * left running over New Year keeps working), unless already leased. Numbers used stay used.
     */
    public static void leaseBlocks(IdentifierBlocks blocks, KioskConfig.Site site, Clock clock) throws LedgerException {
        int year = clock.instant().atZone(site.zone()).getYear() % 100;
        for (int y : new int[] {year, (year + 1) % 100}) {
            for (IdentifierKind kind : IdentifierKind.values()) {
                try {
                    blocks.lease(kind, site.fin(), y, FIRST, LAST);
                } catch (LedgerException e) {
                    if (e.reason() != LedgerException.Reason.REFUSED) {
                        throw e;
                    }
                    // Already leased at an earlier start: keep it.
                }
            }
        }
    }
}
