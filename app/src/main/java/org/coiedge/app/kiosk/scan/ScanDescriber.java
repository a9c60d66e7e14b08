package org.coiedge.app.kiosk.scan;

import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Isbt128Structure;
import org.coiedge.core.isbt128.PatientIdentificationNumber;
import org.coiedge.core.isbt128.StaffIdentificationNumber;
import org.coiedge.core.scan.DecodedScan;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.scanner.ControlChars;

/** Says in a few words what a scan is ("bag DIN A9999 25 000101", "staff badge A9999N00004"). Thread-safe. */
public final class ScanDescriber {
    private final ScanParser parser;

    public ScanDescriber(ScanParser parser) {
        this.parser = parser;
    }

    public String describe(String scanText) {
        DecodedScan d;
        try {
            d = parser.decode(scanText);
        } catch (ScanDecodeException e) {
            return "unreadable code (" + e.getMessage() + ")";
        }
        if (d instanceof DecodedScan.Isbt128) {
            for (Isbt128Structure s : ((DecodedScan.Isbt128) d).structures()) {
                if (s instanceof StaffIdentificationNumber) {
                    return "staff badge " + s.content();
                }
                if (s instanceof DonationIdentificationNumber) {
                    return "DIN " + ((DonationIdentificationNumber) s).din().eyeReadable();
                }
                if (s instanceof ChainOfIdentityIdentifier) {
                    return "COI " + ((ChainOfIdentityIdentifier) s).coi().eyeReadable();
                }
                if (s instanceof PatientIdentificationNumber) {
                    return "patient wristband " + ((PatientIdentificationNumber) s).patientId();
                }
            }
            return "ISBT 128 " + ((DecodedScan.Isbt128) d).structures().get(0).type().label();
        }
        if (d instanceof DecodedScan.Gs1) {
            return "GS1 code " + ControlChars.visible(LabelData.of(scanText));
        }
        return "text '" + ControlChars.visible(((DecodedScan.Text) d).text()) + "'";
    }

    /** The data of a scan without AIM identifier. */
    static final class LabelData {
        private LabelData() {
        }

        static String of(String scanText) {
            return org.coiedge.app.printverify.LabelMatch.data(scanText);
        }
    }
}
