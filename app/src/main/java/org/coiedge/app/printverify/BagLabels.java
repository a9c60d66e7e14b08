package org.coiedge.app.printverify;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.DinFlags;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.printer.template.CtBagData;
import org.coiedge.printer.template.CtBagTemplate;

/** Builds the {@code ct-bag} print request for an order: the DIN and the Data Matrix identify the label. */
public final class BagLabels {
    private BagLabels() {
    }

    public static PrintRequest forOrder(LabelOrder o, KioskConfig.Site site) {
        CtBagData d = new CtBagData(new DonationIdentificationNumber(o.din(), DinFlags.none()), o.productCode(),
                o.productDescription(), new ChainOfIdentityIdentifier(o.coi()), o.collectedAt(), o.expiresAt(),
                new CtBagData.Patient(o.patientName(), o.dateOfBirth(), o.patientId()), "FOR AUTOLOGOUS USE ONLY",
                new CtBagData.Facility(site.name(), site.fin()),
                "Store at or below -150 C in vapour phase liquid nitrogen",
                List.of("NOT EVALUATED FOR INFECTIOUS SUBSTANCES"));
        String compound = CtBagTemplate.compound(d).encode();
        Set<String> onLabel = new HashSet<>(CtBagTemplate.linearData(d));
        onLabel.add(compound);
        return new PrintRequest("Bag label - " + o.patientName() + " - DIN " + o.din().eyeReadable(),
                CtBagTemplate.layout(d),
                new PrintRequest.Subject(o.coi(), List.of(o.din()), o.patientId(), Map.of(
                        o.coi().value(), IdentifierProvenance.IMPORTED, o.din().value(), IdentifierProvenance.IMPORTED)),
                Set.of(d.din().encode(), compound), onLabel);
    }
}
