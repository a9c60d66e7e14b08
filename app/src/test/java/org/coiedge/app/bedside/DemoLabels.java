package org.coiedge.app.bedside;

import org.coiedge.app.kiosk.TestKiosk;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.app.printverify.BagLabels;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.DonationIdentificationNumber;

/** Scan texts of the demo patients' wristbands and bags, as a scanner sends them. */
public final class DemoLabels {
    private final TestKiosk kiosk;

    public DemoLabels(TestKiosk kiosk) {
        this.kiosk = kiosk;
    }

    public LabelOrder order(String orderId) throws Exception {
        return kiosk.services.orders().stream().filter(o -> o.orderId().equals(orderId)).findFirst().orElseThrow();
    }

    public String wristband(String orderId) throws Exception {
        return "]C0" + order(orderId).wristband();
    }

    /** The bag label's Data Matrix. */
    public String bag(String orderId) throws Exception {
        return "]d1" + BagLabels.forOrder(order(orderId), kiosk.services.config.site()).identifying().stream()
                .filter(t -> t.startsWith("=+")).findFirst().orElseThrow();
    }

    public String coiSymbol(String orderId) throws Exception {
        return "]C0" + new ChainOfIdentityIdentifier(order(orderId).coi()).encode();
    }

    public String dinSymbol(String orderId) throws Exception {
        return "]C0" + DonationIdentificationNumber.withCheckFlag(order(orderId).din()).encode();
    }

    /** The DIN as a person keys it from the label: 13 characters and the check character K. */
    public String dinKeyed(String orderId) throws Exception {
        var din = order(orderId).din();
        return din.value() + din.checkCharacter();
    }
}
