package org.coiedge.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.CompoundMessage;
import org.coiedge.core.isbt128.DataStructure;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.IsbtDateTime;
import org.coiedge.core.isbt128.PatientIdentificationNumber;
import org.coiedge.core.scan.DecodedScan;
import org.coiedge.core.scan.ScanParser;
import org.junit.jupiter.api.Test;

class BagReaderTest {
    private static final Fin FIN = Fin.of("A9999");
    private static final Din DIN = new Din(FIN, 26, 4711);
    private static final CoiId COI = new CoiId(FIN, 26, "B7K2Q9");
    private final ScanParser parser = ScanParser.standard();

    private DecodedScan scan(String data) throws Exception {
        return parser.decode(data);
    }

    private String dinSymbol(Din din) {
        return DonationIdentificationNumber.withCheckFlag(din).encode();
    }

    @Test
    void theDataMatrixGivesTheWholeIdentityInOneScan() throws Exception {
        IsbtDateTime expiry = IsbtDateTime.of(DataStructure.DS005,
                LocalDateTime.parse("2026-12-01T10:00").atZone(ZoneId.of("America/New_York")));
        CompoundMessage m = CompoundMessage.unordered(List.of(DonationIdentificationNumber.withCheckFlag(DIN), expiry,
                new ChainOfIdentityIdentifier(COI), new PatientIdentificationNumber("01", "MRN7")));
        BagReader r = new BagReader();

        assertThat(r.add(scan(m.encode()))).isEqualTo(BagReader.Progress.COMPLETE);

        BagIdentity id = r.identity().orElseThrow();
        assertThat(id.din()).isEqualTo(DIN);
        assertThat(id.coi()).contains(COI);
        assertThat(id.expiry()).contains(LocalDateTime.parse("2026-12-01T10:00"));
        assertThat(id.patientId()).contains("MRN7");
    }

    @Test
    void linearSymbolsAddUpInAnyOrder() throws Exception {
        BagReader r = new BagReader();
        assertThat(r.add(scan(new ChainOfIdentityIdentifier(COI).encode()))).isEqualTo(BagReader.Progress.NEED_MORE);
        assertThat(r.identity()).isEmpty();
        assertThat(r.add(scan("]C0" + dinSymbol(DIN)))).isEqualTo(BagReader.Progress.COMPLETE);
        assertThat(r.identity().orElseThrow().coi()).contains(COI);
    }

    @Test
    void aSecondBagsDinIsRefusedAndTheFirstReadingIsKept() throws Exception {
        BagReader r = new BagReader();
        r.add(scan(dinSymbol(DIN)));
        Din other = new Din(FIN, 26, 4712);
        assertThatThrownBy(() -> r.add(scan(dinSymbol(other)))).isInstanceOf(WorkflowException.class)
                .hasMessageContaining(other.eyeReadable()).hasMessageContaining(DIN.eyeReadable());
        assertThat(r.din()).contains(DIN);
    }

    @Test
    void aWristbandOrTextIsNotABagLabel() throws Exception {
        BagReader r = new BagReader();
        assertThatThrownBy(() -> r.add(scan("MRN7"))).extracting(e -> ((WorkflowException) e).problem())
                .isEqualTo(WorkflowProblem.WRONG_KIND_OF_SCAN);
        assertThatThrownBy(() -> r.add(scan(new PatientIdentificationNumber("01", "MRN7").encode())))
                .isInstanceOf(WorkflowException.class);
        r.add(scan(dinSymbol(DIN)));
        assertThatThrownBy(() -> r.add(scan(new PatientIdentificationNumber("01", "MRN7").encode())))
                .hasMessageContaining("patient code");
        assertThat(r.identity()).isEmpty();
        r.clear();
        assertThat(r.din()).isEmpty();
    }

    @Test
    void eachWristbandFormatReadsOnlyItsOwnKindOfCode() throws Exception {
        DecodedScan plain = scan("MRN7");
        DecodedScan gsrn = scan("]C1" + "8018" + "095011010000000018");
        DecodedScan ds025 = scan(new PatientIdentificationNumber("01", "MRN7").encode());

        assertThat(WristbandFormat.PLAIN_MRN.patientId(plain)).isEqualTo("MRN7");
        assertThat(WristbandFormat.GS1_GSRN.patientId(gsrn)).isEqualTo("095011010000000018");
        assertThat(WristbandFormat.ISBT128_DS025.patientId(ds025)).isEqualTo("MRN7");
        assertThatThrownBy(() -> WristbandFormat.PLAIN_MRN.patientId(ds025)).hasMessageContaining("bag or badge");
        assertThatThrownBy(() -> WristbandFormat.ISBT128_DS025.patientId(plain)).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> WristbandFormat.GS1_GSRN.patientId(scan(dinSymbol(DIN))))
                .hasMessageContaining("Scan the barcode on the patient's wristband");
    }

    @Test
    void aKeyedDinCompletesAScannedCoiAndOnlyTheDinCarriesKeyedProvenance() throws Exception {
        BagReader r = new BagReader();
        assertThat(r.add(scan(new ChainOfIdentityIdentifier(COI).encode()))).isEqualTo(BagReader.Progress.NEED_MORE);
        assertThat(r.addKeyed(DIN)).isEqualTo(BagReader.Progress.COMPLETE);
        BagIdentity id = r.identity().orElseThrow();
        assertThat(id.provenance()).isEqualTo(org.coiedge.core.event.IdentifierProvenance.KEYED_WITH_CHECK);
        assertThat(id.coiProvenance()).isEqualTo(org.coiedge.core.event.IdentifierProvenance.SCANNED);
        assertThat(id.keyed()).isTrue();
        r.clear();
        r.add(scan(dinSymbol(DIN)));
        r.add(scan(new ChainOfIdentityIdentifier(COI).encode()));
        assertThat(r.identity().orElseThrow().keyed()).isFalse();
    }

    @Test
    void aKeyedIdentifierOfAnotherBagIsRefusedLikeAScannedOne() throws Exception {
        BagReader r = new BagReader();
        r.add(scan(dinSymbol(DIN)));
        assertThatThrownBy(() -> r.addKeyed(new Din(FIN, 26, 4712))).isInstanceOf(WorkflowException.class)
                .hasMessageContaining(DIN.eyeReadable());
        r.addKeyed(COI);
        assertThatThrownBy(() -> r.addKeyed(new CoiId(FIN, 26, "C3M4N5"))).isInstanceOf(WorkflowException.class);
        assertThat(r.identity().orElseThrow().coiProvenance())
                .isEqualTo(org.coiedge.core.event.IdentifierProvenance.KEYED_WITH_CHECK);
    }
}
