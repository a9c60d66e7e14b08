package org.coiedge.core.workflow;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.CompoundMessage;
import org.coiedge.core.isbt128.DataStructure;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Isbt128Structure;
import org.coiedge.core.isbt128.IsbtDateTime;
import org.coiedge.core.isbt128.PatientIdentificationNumber;
import org.coiedge.core.scan.DecodedScan;

/**
 * Puts a bag's identity together from its label scans: the Data Matrix (a DS023 compound message)
 * gives everything in one scan; the linear symbols arrive one at a time (DIN, COI, expiry, in any
 * order). Not thread-safe: one screen owns one reader.
 */
public final class BagReader {
    private Din din;
    private CoiId coi;
    private LocalDateTime expiry;
    private String patientId;
    private IdentifierProvenance dinProvenance = IdentifierProvenance.SCANNED;
    private IdentifierProvenance coiProvenance = IdentifierProvenance.SCANNED;

    /** What one more scan did to the reading. */
    public enum Progress {
        /** DIN and COI are both known: {@link #identity()} is ready. */
        COMPLETE,
        /** Part of the label was read; the operator scans the next symbol. */
        NEED_MORE
    }

    /**
     * Adds one scan of this bag's label.
     *
     * @throws WorkflowException WRONG_KIND_OF_SCAN if the scan carries no bag data, INVALID_INPUT if
     *                           it names a different DIN or COI than earlier scans of this bag
     */
    public Progress add(DecodedScan scan) throws WorkflowException {
        if (!(scan instanceof DecodedScan.Isbt128)) {
            throw new WorkflowException(WorkflowProblem.WRONG_KIND_OF_SCAN,
                    "That is not a bag label. Scan the DIN or the square code on the bag.");
        }
        List<Isbt128Structure> all = new ArrayList<>();
        for (Isbt128Structure s : ((DecodedScan.Isbt128) scan).structures()) {
            if (s instanceof CompoundMessage) {
                all.addAll(((CompoundMessage) s).structures());
            } else {
                all.add(s);
            }
        }
        // A DS025 without DIN or COI is a wristband, never part of a bag label; a DS005 alone only
        // completes a reading that already names the bag.
        boolean names = all.stream().anyMatch(s -> s instanceof DonationIdentificationNumber
                || s instanceof ChainOfIdentityIdentifier);
        boolean patient = all.stream().anyMatch(s -> s instanceof PatientIdentificationNumber);
        if (!names && patient) {
            throw new WorkflowException(WorkflowProblem.WRONG_KIND_OF_SCAN,
                    "That is a patient code, not a bag label. Scan the DIN or the square code on the bag.");
        }
        if (!names && din == null && coi == null) {
            throw new WorkflowException(WorkflowProblem.WRONG_KIND_OF_SCAN,
                    "That code has no DIN or COI. Scan the DIN or the square code on the bag.");
        }
        boolean useful = false;
        for (Isbt128Structure s : all) {
            useful |= take(s);
        }
        if (!useful) {
            throw new WorkflowException(WorkflowProblem.WRONG_KIND_OF_SCAN,
                    "That code has no DIN or COI. Scan the DIN or the square code on the bag.");
        }
        return din != null && coi != null ? Progress.COMPLETE : Progress.NEED_MORE;
    }

    /**
     * Adds an identifier keyed by hand because its label would not scan, after its check character
     * matched and a second person confirmed it ({@code KeyedEntry}); it carries
     * {@link IdentifierProvenance#KEYED_WITH_CHECK} in the identity.
     *
     * @throws WorkflowException INVALID_INPUT if it names a different DIN or COI than earlier scans of this bag
     */
    public Progress addKeyed(Din keyed) throws WorkflowException {
        if (din != null && !din.equals(keyed)) {
            throw differs("DIN", din.eyeReadable(), keyed.eyeReadable());
        }
        din = keyed;
        dinProvenance = IdentifierProvenance.KEYED_WITH_CHECK;
        return din != null && coi != null ? Progress.COMPLETE : Progress.NEED_MORE;
    }

    /** As {@link #addKeyed(Din)}, for a keyed COI. */
    public Progress addKeyed(CoiId keyed) throws WorkflowException {
        if (coi != null && !coi.equals(keyed)) {
            throw differs("COI", coi.eyeReadable(), keyed.eyeReadable());
        }
        coi = keyed;
        coiProvenance = IdentifierProvenance.KEYED_WITH_CHECK;
        return din != null && coi != null ? Progress.COMPLETE : Progress.NEED_MORE;
    }

    /** The COI read so far, if any. */
    public Optional<CoiId> coi() {
        return Optional.ofNullable(coi);
    }

    private boolean take(Isbt128Structure s) throws WorkflowException {
        if (s instanceof DonationIdentificationNumber) {
            Din d = ((DonationIdentificationNumber) s).din();
            if (din != null && !din.equals(d)) {
                throw differs("DIN", din.eyeReadable(), d.eyeReadable());
            }
            din = d;
            return true;
        }
        if (s instanceof ChainOfIdentityIdentifier) {
            CoiId c = ((ChainOfIdentityIdentifier) s).coi();
            if (coi != null && !coi.equals(c)) {
                throw differs("COI", coi.eyeReadable(), c.eyeReadable());
            }
            coi = c;
            return true;
        }
        if (s instanceof IsbtDateTime && s.type() == DataStructure.DS005) {
            expiry = ((IsbtDateTime) s).dateTime();
            return true;
        }
        if (s instanceof PatientIdentificationNumber) {
            patientId = ((PatientIdentificationNumber) s).patientId();
            return true;
        }
        return false;
    }

    private static WorkflowException differs(String what, String before, String now) {
        return new WorkflowException(WorkflowProblem.INVALID_INPUT, "This " + what + " (" + now
                + ") is not the one scanned first (" + before + "). Scan the labels of one bag only.");
    }

    /** The DIN read so far, if any. */
    public Optional<Din> din() {
        return Optional.ofNullable(din);
    }

    /** The bag's identity, once DIN and COI are both read. */
    public Optional<BagIdentity> identity() {
        if (din == null || coi == null) {
            return Optional.empty();
        }
        return Optional.of(new BagIdentity(din, Optional.of(coi), Optional.ofNullable(expiry),
                Optional.ofNullable(patientId), dinProvenance, coiProvenance));
    }

    /** Forgets everything read, for the next bag. */
    public void clear() {
        din = null;
        coi = null;
        expiry = null;
        patientId = null;
        dinProvenance = IdentifierProvenance.SCANNED;
        coiProvenance = IdentifierProvenance.SCANNED;
    }
}
