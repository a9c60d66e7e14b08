package org.coiedge.core.workflow.bedside;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.CustodyState;
import org.coiedge.core.ledger.UnitState;
import org.coiedge.core.ledger.UnitStatus;
import org.coiedge.core.workflow.BagIdentity;

/**
 * The bedside decision as a pure function: does this bag belong to this patient, here, now? Every
 * rule is checked and every failure listed, so the hard-stop screen says all that is wrong at once.
 */
public final class BedsideCheck {
    private static final Set<UnitStatus> AT_SITE = EnumSet.of(UnitStatus.RECEIVED, UnitStatus.STORED,
            UnitStatus.THAWED, UnitStatus.VERIFIED_FOR_ADMINISTRATION);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm z", Locale.ENGLISH);

    private BedsideCheck() {
    }

    /**
     * Checks a bag against a patient.
     *
     * @param patientId the wristband's patient id
     * @param bag       what the bag's labels said
     * @param order     the patient's order, if any
     * @param release   the bag's release, if any
     * @param custody   the custody of the bag's COI now (the order's COI when the bag has none); may be null when unknown
     * @param site      this site
     * @param now       the decision time
     * @return the failed checks; empty means the bag may be given to this patient
     */
    public static List<Mismatch> check(String patientId, BagIdentity bag, Optional<TreatmentOrder> order,
            Optional<Release> release, CustodyState custody, Fin site, Instant now) {
        List<Mismatch> out = new ArrayList<>();
        String bagCoi = bag.coi().map(CoiId::eyeReadable).orElse("none on the label");
        if (order.isEmpty()) {
            out.add(new Mismatch(BedsideRule.NO_ORDER, "an open order for patient " + patientId, "no order",
                    "Patient " + patientId + " has no open treatment order on this kiosk."));
        } else if (bag.coi().isEmpty() || !bag.coi().get().equals(order.get().coi())) {
            out.add(new Mismatch(BedsideRule.COI_MISMATCH, order.get().coi().eyeReadable(), bagCoi,
                    "The bag's COI " + bagCoi + " is not this patient's COI " + order.get().coi().eyeReadable() + "."));
        }
        if (bag.patientId().isPresent() && !bag.patientId().get().equals(patientId)) {
            out.add(new Mismatch(BedsideRule.PATIENT_MISMATCH, patientId, bag.patientId().get(),
                    "The bag is labelled for patient " + bag.patientId().get() + ", the wristband says " + patientId + "."));
        }
        if (release.isEmpty()) {
            out.add(new Mismatch(BedsideRule.NO_RELEASE, "a release of " + bag.din().eyeReadable(), "none",
                    "Bag " + bag.din().eyeReadable() + " has no release. It must not be given."));
        } else {
            Release r = release.get();
            if (!r.patientId().equals(patientId) || bag.coi().isPresent() && !r.coi().equals(bag.coi().get())) {
                out.add(new Mismatch(BedsideRule.RELEASED_FOR_ANOTHER_PATIENT, "patient " + patientId + ", COI " + bagCoi,
                        "patient " + r.patientId() + ", COI " + r.coi().eyeReadable(),
                        "Bag " + bag.din().eyeReadable() + " was released for another patient or COI, not for "
                                + patientId + "."));
            }
            Instant expires = r.expiresAt();
            if (bag.expiry().isPresent()) {
                Instant onLabel = bag.expiry().get().atZone(r.labelZone()).toInstant();
                expires = onLabel.isBefore(expires) ? onLabel : expires;
            }
            if (!now.isBefore(expires)) {
                ZonedDateTime at = expires.atZone(r.labelZone());
                out.add(new Mismatch(BedsideRule.EXPIRED, "before " + SHOWN.format(at), "now " + now,
                        "Bag " + bag.din().eyeReadable() + " expired at " + SHOWN.format(at) + "."));
            }
        }
        checkCustody(bag, custody, site, out);
        return out;
    }

    private static void checkCustody(BagIdentity bag, CustodyState custody, Fin site, List<Mismatch> out) {
        Optional<UnitState> unit = custody == null ? Optional.empty()
                : custody.units().stream().filter(u -> u.din().equals(bag.din())).findFirst();
        String din = bag.din().eyeReadable();
        if (unit.isEmpty() || unit.get().status() == null) {
            out.add(new Mismatch(BedsideRule.NOT_IN_SITE_CUSTODY, "received at " + site.value(), "no record",
                    "This kiosk has no record of bag " + din + " being received here. Receive it first."));
            return;
        }
        UnitStatus status = unit.get().status();
        if (status == UnitStatus.ADMINISTERED || status == UnitStatus.ADMINISTERING) {
            out.add(new Mismatch(BedsideRule.ALREADY_ADMINISTERED, "not yet given", status.name(),
                    "Bag " + din + " is already recorded as " + (status == UnitStatus.ADMINISTERED
                            ? "given" : "being given") + "."));
        } else if (status == UnitStatus.ON_HOLD_MISMATCH) {
            out.add(new Mismatch(BedsideRule.ON_HOLD, "released", "on hold",
                    "Bag " + din + " is on hold after an earlier mismatch."));
        } else if (!AT_SITE.contains(status) || !unit.get().site().equals(site)) {
            out.add(new Mismatch(BedsideRule.NOT_IN_SITE_CUSTODY, "received at " + site.value(),
                    status.name() + " at " + unit.get().site().value(),
                    "Bag " + din + " is not in this site's custody (last: " + status.name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ') + " at " + unit.get().site().value() + ")."));
        }
    }
}
