package org.coiedge.app.collection;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.app.kiosk.data.OrderRow;
import org.coiedge.app.printverify.BagLabels;
import org.coiedge.app.printverify.PrintRequest;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.printer.template.CtSmallData;
import org.coiedge.printer.template.CtSmallTemplate;

/**
 * The labels of one collection: the {@code ct-bag} label (the COI and the DIN just assigned, the
 * collection time now and the expiry after the order's shelf life) and the site's {@code ct-small}
 * tube labels (DIN with flag 12, an affixed partial label). Pure functions; thread-safe.
 */
public final class CollectionLabels {
    private CollectionLabels() {
    }

    public static PrintRequest bag(OrderRow order, CoiId coi, Din din, KioskConfig.Site site, Clock clock) {
        ZonedDateTime collected = clock.instant().atZone(site.zone()).truncatedTo(ChronoUnit.MINUTES);
        LabelOrder o = new LabelOrder(order.orderId(), order.patientName(), order.dateOfBirth(), order.patientId(),
                order.wristband(), coi, din, order.productCode(), order.productDescription(), collected,
                collected.plus(order.shelfLife()));
        return BagLabels.forOrder(o, site);
    }

    /** Tube label {@code n} (1-based) of {@code din}. */
    public static PrintRequest tube(OrderRow order, CoiId coi, Din din, int n) {
        CtSmallData d = new CtSmallData(din, order.productCode(), true);
        String ds001 = CtSmallTemplate.ds001(d).encode();
        return new PrintRequest("Tube label " + n + " - " + order.patientName() + " - DIN " + din.eyeReadable(),
                CtSmallTemplate.layout(d), new PrintRequest.Subject(coi, List.of(din), order.patientId(), Map.of(
                        coi.value(), IdentifierProvenance.IMPORTED, din.value(), IdentifierProvenance.IMPORTED)),
                java.util.Set.of(ds001), java.util.Set.copyOf(CtSmallTemplate.linearData(d)));
    }
}
