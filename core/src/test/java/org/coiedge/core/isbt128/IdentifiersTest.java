package org.coiedge.core.isbt128;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void finRulesRejectLetterOAndDigitZeroAsFirstCharacter() {
        assertThat(Fin.of("A9999").value()).isEqualTo("A9999");
        assertThat(Fin.of("19999").value()).isEqualTo("19999");
        assertThatThrownBy(() -> Fin.of("O9999")).hasMessageContaining("'O' is not allowed as the first FIN character");
        assertThatThrownBy(() -> Fin.of("09999")).hasMessageContaining("'0' is not allowed as the first FIN character");
        assertThatThrownBy(() -> Fin.of("A99X9")).hasMessageContaining("must be digits");
        assertThatThrownBy(() -> Fin.of("A999")).hasMessageContaining("5 characters");
    }

    @Test
    void dinEyeReadableTextIsInGroupsWithSeparateCheckCharacter() {
        Din din = new Din(Fin.of("A9999"), 24, 123456);
        assertThat(din.value()).isEqualTo("A99992412345" + "6");
        assertThat(din.eyeReadable()).isEqualTo("A9999 24 123456");
        assertThat(din.checkCharacter()).isEqualTo(Mod37_2.checkCharacter("A999924123456"));
    }

    @Test
    void keyedDinWithItsCheckCharacterIsAcceptedAndAWrongOneNamesTheExpectedCharacter() throws Exception {
        Din din = new Din(Fin.of("A9998"), 25, 42);
        char k = din.checkCharacter();
        assertThat(Din.parseKeyed("A9998 25 000042 " + k)).isEqualTo(din);
        assertThat(Din.parseKeyed("A999825000042")).isEqualTo(din);
        char wrong = k == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> Din.parseKeyed("A999825000042" + wrong))
                .isInstanceOf(ScanDecodeException.class)
                .hasMessage("DIN: check character '" + wrong + "' does not match the DIN (expected '" + k
                        + "') - re-key the DIN (position 14)")
                .extracting(e -> ((ScanDecodeException) e).code()).isEqualTo(DecodeErrorCode.CHECK_CHARACTER_MISMATCH);
    }

    @Test
    void coiIdentifierCarriesCheckCharacterOverItsContentChoice() throws Exception {
        CoiId coi = new CoiId(Fin.of("A9999"), 26, "X7K2Q9");
        assertThat(coi.value()).isEqualTo("CHA999926X7K2Q9");
        assertThat(coi.eyeReadable()).isEqualTo("CH A9999 26 X7K2Q9");
        String covered = CoiId.CHECK_CHARACTER_COVERS_CH_PREFIX ? "CHA999926X7K2Q9" : "A999926X7K2Q9";
        assertThat(coi.checkCharacter()).isEqualTo(Mod37_2.checkCharacter(covered));
        assertThat(CoiId.parseKeyed("CH A9999 26 X7K2Q9 " + coi.checkCharacter())).isEqualTo(coi);
        assertThatThrownBy(() -> CoiId.parseKeyed("XHA999926X7K2Q9"))
                .hasMessage("COI: a COI identifier starts with 'CH', found 'X' (position 1)");
        assertThatThrownBy(() -> new CoiId(Fin.of("A9999"), 26, "x7k2q9")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dinFlagTypesFollowTheirRanges() {
        assertThat(new DinFlags(0).type()).isEqualTo(DinFlags.Type.NONE);
        assertThat(new DinFlags(1).type()).isEqualTo(DinFlags.Type.ICCBBA_PROCESS);
        assertThat(new DinFlags(19).type()).isEqualTo(DinFlags.Type.ICCBBA_PROCESS);
        assertThat(new DinFlags(20).type()).isEqualTo(DinFlags.Type.LOCAL_PROCESS);
        assertThat(new DinFlags(59).type()).isEqualTo(DinFlags.Type.LOCAL_PROCESS);
        assertThat(new DinFlags(60).type()).isEqualTo(DinFlags.Type.CHECK_CHARACTER);
        assertThat(new DinFlags(96).type()).isEqualTo(DinFlags.Type.CHECK_CHARACTER);
        assertThat(new DinFlags(97).type()).isEqualTo(DinFlags.Type.RESERVED);
        assertThat(new DinFlags(12).printed()).isTrue();
        assertThat(new DinFlags(70).printed()).isFalse();
    }

    @Test
    void ds001EncoderBuildsTheCheckFlagOfThePublishedExample() {
        Din din = new Din(Fin.of("G1234"), 17, 654321);
        DonationIdentificationNumber ds = DonationIdentificationNumber.withCheckFlag(din);
        assertThat(ds.encode()).isEqualTo("=G12341765432170");
        assertThat(ds.dataIdentifier()).isEqualTo("=G");
        assertThat(ds.checkCharacter()).isEqualTo('A');
        assertThat(new DonationIdentificationNumber(din, DinFlags.process(DinFlags.AFFIXED_PARTIAL_LABEL)).encode())
                .isEqualTo("=G12341765432112");
        assertThatThrownBy(() -> new DonationIdentificationNumber(din, new DinFlags(71)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
