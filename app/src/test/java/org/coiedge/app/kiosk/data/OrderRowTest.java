package org.coiedge.app.kiosk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.ProductCode;
import org.junit.jupiter.api.Test;

class OrderRowTest {
    private static final Fin FIN = Fin.of("A9999");
    private static final ZonedDateTime AT = ZonedDateTime.parse("2025-06-03T09:00-04:00[America/New_York]");

    private static OrderRow order(Optional<CoiId> coi, Optional<Din> din) {
        return new OrderRow("ORD-7", "LUND, TOVE", LocalDate.of(1969, 5, 21), "MRN000321", "&(01...", coi, din,
                new ProductCode("S1234", '1', "00"), "CAR-T CELLS, AUTOLOGOUS", AT, AT.plusHours(48), "CAR-T (demo)");
    }

    @Test
    void anOrderAwaitingItsFirstCollectionHasNeitherCoiNorDinAndSurvivesTheRoundTrip() {
        OrderRow o = order(Optional.empty(), Optional.empty());
        String row = o.toRow();
        assertThat(row).doesNotContain("coiFin").doesNotContain("dinSequence").contains("\"therapy\":\"CAR-T (demo)\"");
        OrderRow back = OrderRow.fromRow(row);
        assertThat(back).isEqualTo(o);
        assertThat(back.awaitingCollection()).isTrue();
        assertThat(back.labelOrder()).isEmpty();
        assertThat(back.shelfLife()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void aSecondCollectionCarriesTheCoiOfItsTherapyAndAnExistingLabelOrderRowReadsAsACollectedOrder() {
        CoiId coi = new CoiId(FIN, 25, "A1B2C3");
        assertThat(OrderRow.fromRow(order(Optional.of(coi), Optional.empty()).toRow()).coi()).contains(coi);
        Din din = new Din(FIN, 25, 101);
        LabelOrder label = new LabelOrder("ORD-1", "DOE, JANE", LocalDate.of(1961, 3, 12), "MRN000123", "w", coi, din,
                new ProductCode("S1234", '1', "00"), "CAR-T CELLS, AUTOLOGOUS", AT, AT.plusHours(48));
        OrderRow read = OrderRow.fromRow(label.toRow());
        assertThat(read.awaitingCollection()).isFalse();
        assertThat(read.therapy()).as("defaults to the product description").isEqualTo("CAR-T CELLS, AUTOLOGOUS");
        assertThat(read.labelOrder()).contains(label);
    }

    @Test
    void aHalfGivenCoiOrAMissingFieldIsReportedAsDamagedNamingTheOrder() {
        String row = order(Optional.empty(), Optional.empty()).toRow().replace("{\"orderId\"", "{\"coiFin\":\"A9999\",\"orderId\"");
        assertThatThrownBy(() -> OrderRow.fromRow(row)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Order ORD-7").hasMessageContaining("coiFin, coiYear, coiSequence or none")
                .hasMessageContaining("reload the orders");
        assertThatThrownBy(() -> OrderRow.fromRow(order(Optional.empty(), Optional.empty()).toRow()
                .replace("\"productDescription\"", "\"x\""))).hasMessageContaining("productDescription is missing");
    }
}
