package org.coiedge.app.kiosk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.ProductCode;
import org.coiedge.core.workflow.bedside.Release;
import org.coiedge.core.workflow.bedside.TreatmentOrder;
import org.junit.jupiter.api.Test;

/** The ORDERS rows as treatment orders and the RELEASES rows, as the bedside check reads them. */
class BedsideRowsTest {
    private static final Fin FIN = Fin.of("A9999");
    private static final CoiId COI = new CoiId(FIN, 25, "A1B2C3");
    private static final Din DIN = new Din(FIN, 25, 101);
    private static final ZonedDateTime AT = ZonedDateTime.parse("2025-06-03T09:15-04:00[America/New_York]");

    private static String labelOrderRow() {
        return new LabelOrder("ORD-1001", "DOE, JANE", LocalDate.of(1961, 3, 12), "MRN000123", "=%01MRN000123", COI, DIN,
                new ProductCode("S1234", '1', "00"), "CAR-T CELLS, AUTOLOGOUS", AT, AT.plusHours(48)).toRow();
    }

    @Test
    void aLabelOrderRowIsATreatmentOrderAndTheTherapyFallsBackToTheProductDescription() {
        TreatmentOrderRow.Parsed p = TreatmentOrderRow.fromRow(labelOrderRow());
        assertThat(p.order()).contains(new TreatmentOrder("ORD-1001", "MRN000123", COI, "CAR-T CELLS, AUTOLOGOUS"));
        assertThat(p.collectedAt()).contains(AT);
        String withTherapy = labelOrderRow().replaceFirst("\\{", "{\"therapy\":\"Demo-cel\",");
        assertThat(TreatmentOrderRow.fromRow(withTherapy).order().orElseThrow().therapy()).isEqualTo("Demo-cel");
    }

    @Test
    void anOrderAwaitingItsFirstCollectionHasNoCoiAndIsNoTreatmentOrderYet() {
        String row = "{\"orderId\":\"ORD-2001\",\"patient\":{\"name\":\"X\",\"id\":\"MRN9\"},\"therapy\":\"Demo-cel\"}";
        TreatmentOrderRow.Parsed p = TreatmentOrderRow.fromRow(row);
        assertThat(p.order()).isEmpty();
        assertThat(p.patientId()).isEqualTo("MRN9");
    }

    @Test
    void aDamagedOrderRowNamesTheOrderAndSaysWhatToDo() {
        assertThatThrownBy(() -> TreatmentOrderRow.fromRow("{\"orderId\":\"ORD-3\",\"patient\":{}}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ORD-3").hasMessageContaining("reload");
        assertThatThrownBy(() -> TreatmentOrderRow.fromRow(labelOrderRow().replace("\"A1B2C3\"", "\"A1B2\"")))
                .hasMessageContaining("ORD-1001");
    }

    @Test
    void aReleaseRowRoundTrips() {
        Release r = new Release(DIN, COI, "MRN000123", Instant.parse("2025-06-01T10:00:00Z"),
                Instant.parse("2025-06-05T13:15:00Z"), ZoneId.of("America/New_York"));
        String row = ReleaseRow.toRow(r, "Q. A. Person");
        assertThat(row).contains("\"din\":\"A999925000101\"").contains("\"coi\":\"CHA999925A1B2C3\"")
                .contains("\"releasedBy\":\"Q. A. Person\"");
        assertThat(ReleaseRow.fromRow(DIN.value(), row)).isEqualTo(r);
    }

    @Test
    void aReleaseRowUnderAnotherDinOrWithAWrongFieldIsRefusedNotGuessed() {
        String row = ReleaseRow.toRow(new Release(DIN, COI, "MRN000123", Instant.parse("2025-06-01T10:00:00Z"),
                Instant.parse("2025-06-05T13:15:00Z"), ZoneId.of("America/New_York")), "QA");
        assertThatThrownBy(() -> ReleaseRow.fromRow("A999925000102", row)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("A999925000102");
        assertThatThrownBy(() -> ReleaseRow.fromRow(DIN.value(), row.replace("America/New_York", "-05:00")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ReleaseRow.fromRow(DIN.value(), row.replace("\"MRN000123\"", "null")))
                .hasMessageContaining("patientId");
        assertThatThrownBy(() -> ReleaseRow.fromRow(DIN.value(), row.replace("CHA999925A1B2C3", "CHA999925A1B2C")))
                .hasMessageContaining("damaged");
    }
}
