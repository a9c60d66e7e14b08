package org.coiedge.core.isbt128;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Isbt128ParserTest {
    private final Isbt128Parser parser = new Isbt128Parser(CompoundMessageRegistry.none());

    private List<Isbt128Structure> parse(String s) throws ScanDecodeException {
        return parser.parse(s, 0);
    }

    private static DecodeErrorCode codeOf(Throwable t) {
        return ((ScanDecodeException) t).code();
    }

    static Stream<Arguments> everyStructure() {
        return Samples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void everyDataStructureInTheTableHasASample() {
        assertThat(Samples.all().keySet()).containsExactlyInAnyOrder(DataStructure.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStructure")
    void everyDataIdentifierIsRecognisedAndReEncodesExactly(DataStructure type, String sample) throws Exception {
        List<Isbt128Structure> out = parse(sample);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).type()).isEqualTo(type);
        assertThat(out.get(0).encode()).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStructure")
    void everyStructureCutShortIsReportedTruncatedNeverMisread(DataStructure type, String sample) {
        if (type.contentLength() == DataStructure.REST) {
            return;
        }
        String cut = sample.substring(0, sample.length() - 1);
        assertThatThrownBy(() -> parse(cut)).isInstanceOf(ScanDecodeException.class)
                .satisfies(e -> assertThat(codeOf(e)).isIn(DecodeErrorCode.TRUNCATED, DecodeErrorCode.COMPOUND_COUNT_MISMATCH));
    }

    @Test
    void dinDecodesFinYearSequenceFlagsAndCheckCharacter() throws Exception {
        var ds = (DonationIdentificationNumber) parse("=G12341765432170").get(0);
        assertThat(ds.din()).isEqualTo(new Din(Fin.of("G1234"), 17, 654321));
        assertThat(ds.flags().type()).isEqualTo(DinFlags.Type.CHECK_CHARACTER);
        assertThat(ds.checkCharacter()).isEqualTo('A');
    }

    @Test
    void checkFlagThatDoesNotMatchTheDinIsAnError() {
        assertThatThrownBy(() -> parse("=G12341765432171"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.CHECK_CHARACTER_MISMATCH))
                .hasMessageStartingWith("DS001: check flag 71 does not match the DIN (expected 70)");
    }

    @Test
    void letterOAsFirstFinCharacterIsNamedWithItsPosition() {
        assertThatThrownBy(() -> parse("=O99992412345600"))
                .isInstanceOf(ScanDecodeException.class)
                .hasMessage("DS001: 'O' is not allowed as the first FIN character (position 2)")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.INVALID_FIN));
        assertThatThrownBy(() -> parser.parse("=099992412345600", 3))
                .hasMessage("DS001: '0' is not allowed as the first FIN character (position 5)");
    }

    @Test
    void nonDigitFlagsAreRejected() {
        assertThatThrownBy(() -> parse("=A999924123456A0"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.INVALID_FLAG))
                .hasMessageContaining("(position 15)");
    }

    @Test
    void publishedCompoundMessageDecodesItsFourNestedStructures() throws Exception {
        var out = parse("=+04000=/A9997XYZ100T0479=A99991712345600=,000012=>019031");
        assertThat(out).hasSize(1);
        var cm = (CompoundMessage) out.get(0);
        assertThat(cm.messageId()).isEqualTo("000");
        assertThat(cm.orderCheck()).isEqualTo(CompoundMessage.OrderCheck.NOT_REQUIRED);
        assertThat(cm.structures()).extracting(Isbt128Structure::type)
                .containsExactly(DataStructure.DS034, DataStructure.DS001, DataStructure.DS032, DataStructure.DS004);
        var ppic = (ProcessorProductCode) cm.structures().get(0);
        assertThat(ppic.processor()).isEqualTo(Fin.of("A9997"));
        assertThat(ppic.facilityProductCode()).isEqualTo("XYZ100");
        assertThat(ppic.descriptionCode()).isEqualTo("T0479");
        assertThat(((IsbtDate) cm.structures().get(3)).date()).isEqualTo(LocalDate.of(2019, 1, 31));
        assertThat(cm.encode()).isEqualTo("=+04000=/A9997XYZ100T0479=A99991712345600=,000012=>019031");
    }

    @Test
    void compoundDeclaringMoreStructuresThanItHoldsIsACountMismatch() {
        assertThatThrownBy(() -> parse("=+05000=/A9997XYZ100T0479=A99991712345600=,000012=>019031"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.COMPOUND_COUNT_MISMATCH))
                .hasMessage("DS023: declares 5 structures but holds 4 (position 3)");
    }

    @Test
    void compoundDeclaringFewerStructuresThanItHoldsIsACountMismatch() {
        assertThatThrownBy(() -> parse("=+03000=/A9997XYZ100T0479=A99991712345600=,000012=>019031"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.COMPOUND_COUNT_MISMATCH))
                .hasMessageContaining("data follows the compound message's last declared structure (position 50)");
    }

    @Test
    void compoundOrderIsCheckedWhenTheSiteRegisteredTheMessageId() throws Exception {
        var registry = CompoundMessageRegistry.of(Map.of("101",
                List.of(DataStructure.DS001, DataStructure.DS003, DataStructure.DS040)));
        var p = new Isbt128Parser(registry);
        var ok = (CompoundMessage) p.parse("=+03101=A99992412345600=<S1234100&/CHA999926X7K2Q9", 0).get(0);
        assertThat(ok.orderCheck()).isEqualTo(CompoundMessage.OrderCheck.VERIFIED);
        assertThatThrownBy(() -> p.parse("=+03101=<S1234100=A99992412345600&/CHA999926X7K2Q9", 0))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.COMPOUND_ORDER_MISMATCH))
                .hasMessage("DS023: message 101 requires DS001 as structure 1, found DS003 (position 5)");
        var unknown = (CompoundMessage) p.parse("=+01202=A99992412345600", 0).get(0);
        assertThat(unknown.orderCheck()).isEqualTo(CompoundMessage.OrderCheck.UNKNOWN_MESSAGE_ID);
    }

    @Test
    void nestedCompoundAndNationalStructuresAreRefusedInsideACompound() {
        assertThatThrownBy(() -> parse("=+02000=A99992412345600=+01000=%5100"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.NOT_ALLOWED_IN_COMPOUND))
                .hasMessage("DS023: DS023 is not allowed inside a compound message (position 24)");
        assertThatThrownBy(() -> parse("=+02000=A99992412345600&aXYZ"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.NOT_ALLOWED_IN_COMPOUND));
    }

    @Test
    void concatenatedReadOfDinAndBloodGroupGivesBoth() throws Exception {
        var out = parse("=A99992412345600=%5100");
        assertThat(out).extracting(Isbt128Structure::type).containsExactly(DataStructure.DS001, DataStructure.DS002);
        assertThat(((BloodGroups) out.get(1)).groupName()).contains("O RhD positive");
    }

    @Test
    void threeStructuresWithoutACompoundMessageAreRefused() {
        assertThatThrownBy(() -> parse("=A99992412345600=%5100=<S1234100"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.UNEXPECTED_DATA))
                .hasMessageContaining("(position 23)");
    }

    @Test
    void unknownDataIdentifierIsNamed() {
        assertThatThrownBy(() -> parse("=@123456"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.UNKNOWN_DATA_IDENTIFIER))
                .hasMessage("ISBT 128: no ISBT 128 data structure has the data identifier '=@' (position 1)");
        assertThatThrownBy(() -> parse("&,9" + Samples.D18)).hasMessageContaining("'&,9'");
    }

    @Test
    void productCodeSplitsCollectionTypeAndDivisionByFamily() throws Exception {
        var ct = (ProductCode) parse("=<S1234100").get(0);
        assertThat(ct.descriptionCode()).isEqualTo("S1234");
        assertThat(ct.collectionType()).isEqualTo('1');
        assertThat(ct.collectionTypeName()).contains("For autologous use only");
        assertThat(ct.division()).isEqualTo("00");
        var tissue = (ProductCode) parse("=<T0479001").get(0);
        assertThat(tissue.collectionType()).isNull();
        assertThat(tissue.division()).isEqualTo("001");
        assertThatThrownBy(() -> parse("=<S123410A")).hasMessage(
                "DS003: the second division character must be a-z or 0-9, found 'A' (position 10)");
    }

    @Test
    void patientStructuresDecodeLocationIdAndBirthDate() throws Exception {
        var pid = (PatientIdentificationNumber) parse("&#0108MRN12345").get(0);
        assertThat(pid.location()).isEqualTo("01");
        assertThat(pid.patientId()).isEqualTo("MRN12345");
        var dob = (PatientDateOfBirth) parse("=#0119800229").get(0);
        assertThat(dob.dateOfBirth()).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThatThrownBy(() -> parse("=#0119810229")).hasMessage("DS024: day 29 does not exist in 1981-02 (position 11)");
        assertThatThrownBy(() -> parse("&#0100")).hasMessageContaining("a patient id cannot be empty");
        assertThatThrownBy(() -> parse("&#0110MRN12345")).satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.TRUNCATED));
    }

    @Test
    void flexibleDateTimeDecodesZoneTypeAndTime() throws Exception {
        var f = (FlexibleDateTime) parse("=(2001202611221530").get(0);
        assertThat(f.zone()).isEqualTo(FlexibleDateTime.Zone.UTC);
        assertThat(f.timeType()).isEqualTo("01");
        assertThat(f.timeTypeName()).contains("Expiration");
        assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2026, 11, 22, 15, 30));
        assertThatThrownBy(() -> parse("=(3001202611221530")).hasMessageContaining("must be 1 (local) or 2 (UTC)");
    }

    @Test
    void identifiersOfStaffDonorAndChainDecodeTheirParts() throws Exception {
        var staff = (StaffIdentificationNumber) parse("='A9999ABC123").get(0);
        assertThat(staff.fin()).isEqualTo(Fin.of("A9999"));
        assertThat(staff.staffId()).isEqualTo("ABC123");
        var donor = (DonorIdentificationNumber) parse("=;A99991234567890123456").get(0);
        assertThat(donor.donorId()).isEqualTo("1234567890123456");
        assertThat(donor.checkCharacter()).isEqualTo(Mod37_2.checkCharacter("A99991234567890123456"));
        var coi = (ChainOfIdentityIdentifier) parse("&/CHA999926X7K2Q9").get(0);
        assertThat(coi.coi()).isEqualTo(new CoiId(Fin.of("A9999"), 26, "X7K2Q9"));
        assertThatThrownBy(() -> parse("&/CHA999926x7K2Q9")).hasMessage(
                "DS040: the COI sequence must be A-Z or 0-9, found 'x' (position 12)");
    }

    @Test
    void nationalStructureRunsToTheEndOfTheRead() throws Exception {
        var out = parse("&zANY THING 123");
        var other = (OtherStructure) out.get(0);
        assertThat(other.dataIdentifier()).isEqualTo("&z");
        assertThat(other.content()).isEqualTo("ANY THING 123");
    }
}
