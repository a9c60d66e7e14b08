package org.coiedge.app.kiosk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.coiedge.core.event.PartyRole;
import org.junit.jupiter.api.Test;

class ShipmentRowTest {
    private static final String ROW = "{\"shipmentId\":\"SHP-1\",\"coi\":\"CHA999925A1B2C3\",\"units\":["
            + "{\"din\":\"A999925000101\",\"expiresAt\":\"2025-06-05T13:00:00Z\"}"
            + ",{\"din\":\"A999925000104\",\"expiresAt\":\"2025-06-06T13:00:00Z\"}],"
            + "\"from\":{\"role\":\"COLLECTION_SITE\",\"id\":\"A9999\",\"name\":\"Validation Apheresis Center\"},"
            + "\"to\":{\"role\":\"TREATMENT_SITE\",\"id\":\"A9990\",\"name\":\"Lakeside Infusion\"}}";

    @Test
    void theDocumentedRowBecomesAManifestAndRoundTrips() {
        ShipmentRow s = ShipmentRow.fromRow(ROW);
        assertThat(s.shipmentId()).isEqualTo("SHP-1");
        assertThat(s.manifest().coi().eyeReadable()).isEqualTo("CH A9999 25 A1B2C3");
        assertThat(s.manifest().units()).extracting(u -> u.din().eyeReadable())
                .containsExactly("A9999 25 000101", "A9999 25 000104");
        assertThat(s.manifest().units().get(1).expiresAt()).isEqualTo(Instant.parse("2025-06-06T13:00:00Z"));
        assertThat(s.manifest().from().role()).isEqualTo(PartyRole.COLLECTION_SITE);
        assertThat(s.manifest().to().name()).isEqualTo("Lakeside Infusion");
        assertThat(s.sscc()).isEmpty();
        assertThat(ShipmentRow.fromRow(s.toRow())).isEqualTo(s);
    }

    @Test
    void anSsccIsKeptWhenGivenAndMustHaveEighteenDigits() {
        String with = ROW.replace("{\"shipmentId\"", "{\"sscc\":\"009501100000047115\",\"shipmentId\"");
        assertThat(ShipmentRow.fromRow(with).sscc()).contains("009501100000047115");
        assertThatThrownBy(() -> ShipmentRow.fromRow(ROW.replace("{\"shipmentId\"", "{\"sscc\":\"12\",\"shipmentId\"")))
                .hasMessageContaining("an SSCC has 18 digits");
    }

    @Test
    void aBadDinAUnitListedTwiceOrAnUnknownRoleIsReportedNamingTheShipment() {
        assertThatThrownBy(() -> ShipmentRow.fromRow(ROW.replace("A999925000104", "A99992500010X")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Shipment SHP-1 in the reference data is"
                        + " damaged").hasMessageEndingWith("reload the shipments");
        assertThatThrownBy(() -> ShipmentRow.fromRow(ROW.replace("A999925000104", "A999925000101")))
                .hasMessageContaining("lists A9999 25 000101 twice");
        assertThatThrownBy(() -> ShipmentRow.fromRow(ROW.replace("TREATMENT_SITE", "HOSPITAL")))
                .hasMessageContaining("HOSPITAL");
    }
}
