package org.coiedge.core.workflow;

import java.util.Optional;
import org.coiedge.core.gs1.Gs1Element;
import org.coiedge.core.isbt128.Isbt128Structure;
import org.coiedge.core.isbt128.PatientIdentificationNumber;
import org.coiedge.core.scan.DecodedScan;

/** How a site's patient wristbands carry the patient id (set per site in the configuration). */
public enum WristbandFormat {
    /** The medical record number as plain text (Code 128 without a data identifier). */
    PLAIN_MRN,
    /** GS1 AI (8018), a GSRN for the patient. */
    GS1_GSRN,
    /** ISBT 128 DS025 patient identification number. */
    ISBT128_DS025;

    /**
     * The patient id a wristband scan carries in this format.
     *
     * @throws WorkflowException WRONG_KIND_OF_SCAN, saying what was scanned instead
     */
    public String patientId(DecodedScan scan) throws WorkflowException {
        Optional<String> id = read(scan);
        if (id.isPresent()) {
            return id.get();
        }
        throw new WorkflowException(WorkflowProblem.WRONG_KIND_OF_SCAN, "That is not a patient wristband"
                + (scan instanceof DecodedScan.Isbt128 ? " (it looks like a bag or badge label)" : "")
                + ". Scan the barcode on the patient's wristband.");
    }

    private Optional<String> read(DecodedScan scan) {
        switch (this) {
            case PLAIN_MRN:
                if (scan instanceof DecodedScan.Text) {
                    String t = ((DecodedScan.Text) scan).text().strip();
                    return t.isEmpty() || !t.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? Optional.empty() : Optional.of(t);
                }
                return Optional.empty();
            case GS1_GSRN:
                if (scan instanceof DecodedScan.Gs1) {
                    return ((DecodedScan.Gs1) scan).elements().find("8018").map(Gs1Element::value);
                }
                return Optional.empty();
            case ISBT128_DS025:
                if (scan instanceof DecodedScan.Isbt128) {
                    for (Isbt128Structure s : ((DecodedScan.Isbt128) scan).structures()) {
                        if (s instanceof PatientIdentificationNumber) {
                            return Optional.of(((PatientIdentificationNumber) s).patientId());
                        }
                    }
                }
                return Optional.empty();
            default:
                throw new IllegalStateException(name());
        }
    }
}
