package org.coiedge.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KioskFunctionTest {
    @Test
    void aNurseSeesBedsideVerificationAndTheTimelineButNoCollectionOrAdministration() {
        assertThat(KioskFunction.visibleTo(Set.of(Role.NURSE)))
                .containsExactly(KioskFunction.BEDSIDE_VERIFICATION, KioskFunction.COI_TIMELINE);
    }

    @Test
    void aCourierSeesOnlyTheHandoff() {
        assertThat(KioskFunction.visibleTo(Set.of(Role.COURIER))).containsExactly(KioskFunction.COURIER_HANDOFF);
    }

    @Test
    void onlyAdministratorsSeeAdministration() {
        for (Role r : Role.values()) {
            assertThat(KioskFunction.ADMINISTRATION.allowedFor(Set.of(r))).isEqualTo(r == Role.ADMINISTRATOR);
        }
    }

    @Test
    void severalRolesSeeTheUnionOfTheirFunctionsInMenuOrder() {
        assertThat(KioskFunction.visibleTo(Set.of(Role.NURSE, Role.RECEIVING_STAFF))).containsExactly(
                KioskFunction.COURIER_HANDOFF, KioskFunction.RECEIPT, KioskFunction.BEDSIDE_VERIFICATION,
                KioskFunction.COI_TIMELINE);
    }

    @Test
    void roleKeysRoundTripAndAnUnknownOneNamesTheChoices() {
        for (Role r : Role.values()) {
            assertThat(Role.ofKey(r.key())).isEqualTo(r);
        }
        assertThat(Role.ofKey("Apheresis_Technician")).isEqualTo(Role.APHERESIS_TECHNICIAN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Role.ofKey("doctor")).hasMessageContaining("nurse");
    }
}
