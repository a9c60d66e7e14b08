package org.coiedge.app.bedside;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.badgepin.BadgePinRequest;
import org.coiedge.app.badgepin.BadgePinViewModel;
import org.coiedge.core.auth.Role;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.Operator;

/**
 * The badge + PIN moments of bedside verification: the second nurse signing in (a nurse, not the
 * first), then "Verified by" (the first nurse, again with badge + PIN) and "Witnessed by" (the
 * second nurse, again). Refuses the wrong person before the PIN is typed. UI thread only.
 */
public final class BedsideSigning {
    private final BadgePinViewModel pad;
    private final Messages m;
    private final BedsideViewModel flow;
    private final StringProperty verifiedBy = new SimpleStringProperty("");
    private final StringProperty witnessedBy = new SimpleStringProperty("");
    private Operator second;

    BedsideSigning(BadgePinViewModel pad, Messages messages, BedsideViewModel flow) {
        this.pad = Objects.requireNonNull(pad, "pad");
        this.m = Objects.requireNonNull(messages, "messages");
        this.flow = flow;
    }

    public BadgePinViewModel pad() {
        return pad;
    }

    /** "Verified by NAME" once the first nurse signed, else empty. */
    public ReadOnlyStringProperty verifiedBy() {
        return verifiedBy;
    }

    /** "Witnessed by NAME" once the second nurse signed, else empty. */
    public ReadOnlyStringProperty witnessedBy() {
        return witnessedBy;
    }

    boolean active() {
        return pad.step().get() != BadgePinViewModel.Step.IDLE && pad.step().get() != BadgePinViewModel.Step.SIGNED;
    }

    ScanReaction onScan(Scan scan) {
        return pad.onScan(scan);
    }

    void typed(String keys) {
        pad.typed(keys);
    }

    Operator second() {
        return second;
    }

    void cancel() {
        pad.cancel();
        second = null;
        verifiedBy.set("");
        witnessedBy.set("");
    }

    void askSecondNurse(Operator first) {
        second = null;
        pad.request(new BadgePinRequest(m.get("bedside.sign.second"), m.get("bedside.sign.secondHow", first.printedName()),
                s -> {
                    if (!s.has(Role.NURSE)) {
                        return Optional.of(m.get("bedside.sign.notNurse", s.name()));
                    }
                    if (s.staffId().equals(first.staffId())) {
                        return Optional.of(m.get("bedside.sign.samePerson", first.printedName()));
                    }
                    return Optional.empty();
                }, s -> {
                    second = BedsideViewModel.operator(s);
                    pad.cancel();
                    flow.secondNurseSignedIn(s);
                }));
    }

    void askFirst(Operator first) {
        pad.request(new BadgePinRequest(m.get("bedside.sign.verifiedBy"), m.get("bedside.sign.verifiedHow",
                first.printedName()), s -> only(s, first), s -> {
                    verifiedBy.set(m.get("bedside.sign.verifiedBy") + " " + s.name());
                    askWitness();
                }));
    }

    private void askWitness() {
        flow.secondSignatureNeeded();
        Operator w = second;
        pad.request(new BadgePinRequest(m.get("bedside.sign.witnessedBy"), m.get("bedside.sign.witnessedHow",
                w.printedName()), s -> only(s, w), s -> {
                    witnessedBy.set(m.get("bedside.sign.witnessedBy") + " " + s.name());
                    pad.cancel();
                    flow.bothSigned();
                }));
    }

    private Optional<String> only(StaffMember s, Operator who) {
        return s.staffId().equals(who.staffId()) ? Optional.empty()
                : Optional.of(m.get("bedside.sign.notYours", who.printedName()));
    }
}
