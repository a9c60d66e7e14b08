package org.coiedge.core.workflow.keyed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.workflow.RecordingSink;
import org.coiedge.core.auth.Role;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.testing.TestClock;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.WorkflowProblem;
import org.junit.jupiter.api.Test;

class KeyedEntryTest {
    private static final Fin FIN = Fin.of("A9999");
    private static final Din DIN = new Din(FIN, 26, 4711);
    private static final CoiId COI = new CoiId(FIN, 26, "B7K2Q9");
    private static final Operator NURSE_1 = new Operator("N-1", "Grace Hopper", Set.of(Role.NURSE));
    private static final Operator NURSE_2 = new Operator("N-2", "Mary Seacole", Set.of(Role.NURSE));

    private final TestClock clock = new TestClock(Instant.parse("2026-11-22T15:00:00Z"));
    private final RecordingSink sink = new RecordingSink(clock);
    private final SiteContext site = new SiteContext(Fin.of("A9990"), ZoneId.of("America/Chicago"),
            new Party(PartyRole.TREATMENT_SITE, "A9990", "Lakeside"), "D-1", clock);
    private final KeyedEntry entry = new KeyedEntry(site, sink, COI, NURSE_1);

    private static String dinWithK() {
        return DIN.value().substring(0, 5) + " " + DIN.value().substring(5, 7) + " " + DIN.value().substring(7) + " "
                + DIN.checkCharacter();
    }

    @Test
    void aDinKeyedTwiceWithItsCheckCharacterIsRecordedAsUnableToScan() throws Exception {
        entry.key(KeyedEntry.Kind.DIN, dinWithK(), UnableToScanReason.LABEL_DAMAGED, null);
        KeyedEntry.Confirmed c = entry.confirm(NURSE_2, DIN.value() + DIN.checkCharacter());

        assertThat(c.din()).isEqualTo(DIN);
        CustodyEvent e = c.recorded();
        assertThat(e.type()).isEqualTo(EventType.UNABLE_TO_SCAN);
        assertThat(e.content().coi()).isEqualTo(COI);
        assertThat(e.content().provenance()).containsEntry(DIN.value(), IdentifierProvenance.KEYED_WITH_CHECK);
        assertThat(e.content().payload()).containsEntry("reason", "LABEL_DAMAGED").containsEntry("keyedBy", "N-1")
                .containsEntry("verifiedBy", "N-2");
        assertThat(e.content().signatures()).extracting(Signature::meaning)
                .containsExactly(SignatureMeaning.PERFORMED, SignatureMeaning.VERIFIED);
    }

    @Test
    void withoutTheCheckCharacterNothingIsAccepted() {
        assertThatThrownBy(() -> entry.key(KeyedEntry.Kind.DIN, DIN.value(), UnableToScanReason.LABEL_DAMAGED, null))
                .hasMessageContaining("check character").hasMessageContaining("13 keyed");
    }

    @Test
    void aWrongCheckCharacterIsRefusedWithTheExpectedOneNotRevealedAsAccepted() {
        char wrong = DIN.checkCharacter() == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> entry.key(KeyedEntry.Kind.DIN, DIN.value() + wrong, UnableToScanReason.LABEL_DAMAGED,
                null)).isInstanceOf(WorkflowException.class).hasMessageContaining("does not match");
        assertThatThrownBy(() -> entry.confirm(NURSE_2, DIN.value() + DIN.checkCharacter()))
                .hasMessageContaining("Key the identifier first");
    }

    @Test
    void theSecondPersonMustBeSomeoneElseAndKeyTheSameValue() throws Exception {
        entry.key(KeyedEntry.Kind.DIN, dinWithK(), UnableToScanReason.BARCODE_UNREADABLE, null);
        assertThatThrownBy(() -> entry.confirm(NURSE_1, dinWithK())).satisfies(t -> assertThat(
                ((WorkflowException) t).problem()).isEqualTo(WorkflowProblem.SAME_PERSON));
        Din other = new Din(FIN, 26, 4712);
        assertThatThrownBy(() -> entry.confirm(NURSE_2, other.value() + other.checkCharacter()))
                .hasMessageContaining("The two entries differ");
        assertThat(sink.events()).isEmpty();
    }

    @Test
    void aCoiIsKeyedTheSameWayAndOtherNeedsANote() throws Exception {
        String typed = COI.value().toLowerCase() + COI.checkCharacter();
        assertThatThrownBy(() -> entry.key(KeyedEntry.Kind.COI, typed, UnableToScanReason.OTHER, " "))
                .hasMessageContaining("note");
        entry.key(KeyedEntry.Kind.COI, typed, UnableToScanReason.OTHER, "Label under frost");
        KeyedEntry.Confirmed c = entry.confirm(NURSE_2, COI.value() + COI.checkCharacter());
        assertThat(c.coi()).isEqualTo(COI);
        assertThat(c.recorded().content().provenance()).containsEntry(COI.value(), IdentifierProvenance.KEYED_WITH_CHECK);
        assertThat(c.recorded().content().payload()).containsEntry("note", "Label under frost");
    }
}
