package org.coiedge.app.printverify;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.printer.label.Label;

/**
 * A label a workflow wants printed and verified.
 *
 * @param title       what the operator sees, e.g. "Bag label - DOE, JANE"
 * @param label       the laid-out label (rendered to ZPL by the printer, to PNG for the preview)
 * @param subject     what the ledger events are about
 * @param identifying the bar-code data (without AIM identifier) that prove this very label: a scan
 *                    equal to one of them verifies it (e.g. the DIN with flags, the Data Matrix)
 * @param onLabel     every bar-code data on the label: a scan of one that is not identifying (a
 *                    product code every bag shares) proves nothing and is ignored, not a mismatch
 */
public record PrintRequest(String title, Label label, Subject subject, Set<String> identifying, Set<String> onLabel) {
    public PrintRequest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(subject, "subject");
        identifying = Set.copyOf(identifying);
        onLabel = Set.copyOf(onLabel);
        if (identifying.isEmpty()) {
            throw new IllegalArgumentException("a label to verify needs at least one identifying bar code");
        }
    }

    /**
     * The custody subject of the label's events.
     *
     * @param patientId  the patient, when the label names one
     * @param provenance how the COI and each DIN reached the kiosk
     */
    public record Subject(CoiId coi, List<Din> dins, String patientId, Map<String, IdentifierProvenance> provenance) {
        public Subject {
            Objects.requireNonNull(coi, "coi");
            dins = List.copyOf(dins);
            provenance = Map.copyOf(provenance);
        }
    }
}
