package org.coiedge.app.handoff;

import java.util.Objects;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.gs1.Gs1Element;
import org.coiedge.core.scan.DecodedScan;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.workflow.BagIdentity;
import org.coiedge.core.workflow.BagReader;
import org.coiedge.core.workflow.WorkflowException;

/**
 * What one scan at a handoff or receipt is: a whole bag (its Data Matrix, or its DIN and COI
 * symbols one after the other through a {@link BagReader}), part of a bag, a shipper's SSCC
 * (GS1 AI 00), a plain code (a logger, a seal, a storage location) or nothing usable. Not
 * thread-safe (the reader has state); one screen owns one.
 */
public sealed interface BagScan permits BagScan.Bag, BagScan.Partial, BagScan.Shipper, BagScan.Code, BagScan.Refused {

    /** A bag identified by DIN and COI. */
    record Bag(BagIdentity identity) implements BagScan {
    }

    /** Part of a bag's label; {@code message} says what to scan next. */
    record Partial(String message) implements BagScan {
    }

    /** A shipper's SSCC. */
    record Shipper(String sscc) implements BagScan {
    }

    /** A code that is neither a bag nor a shipper. */
    record Code(String text) implements BagScan {
    }

    /** Not usable here; {@code message} says why and what to do. */
    record Refused(String message) implements BagScan {
    }

    /** Reads {@code text} (a scan) with {@code reader}, which keeps a half-read bag between calls. */
    static BagScan read(String text, ScanParser parser, BagReader reader) {
        Objects.requireNonNull(reader, "reader");
        DecodedScan d;
        try {
            d = parser.decode(text);
        } catch (ScanDecodeException e) {
            return new Refused("That code could not be read (" + e.getMessage() + "). Scan it again.");
        }
        if (d instanceof DecodedScan.Gs1) {
            return ((DecodedScan.Gs1) d).elements().find("00").map(Gs1Element::value).<BagScan>map(Shipper::new)
                    .orElse(new Refused("That GS1 code is not a shipper label (no SSCC). Scan the shipper's SSCC."));
        }
        if (d instanceof DecodedScan.Text) {
            return new Code(((DecodedScan.Text) d).text().strip());
        }
        try {
            if (reader.add(d) == BagReader.Progress.COMPLETE) {
                BagIdentity bag = reader.identity().orElseThrow();
                reader.clear();
                return new Bag(bag);
            }
            return new Partial(reader.din().map(din -> "DIN " + din.eyeReadable() + " read - now scan the COI of the same"
                    + " bag, or its square code.").orElse("COI read - now scan the DIN of the same bag."));
        } catch (WorkflowException e) {
            if (e.problem() == org.coiedge.core.workflow.WorkflowProblem.INVALID_INPUT) {
                reader.clear();
            }
            return new Refused(e.getMessage());
        }
    }
}
