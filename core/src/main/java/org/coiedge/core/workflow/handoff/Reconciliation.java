package org.coiedge.core.workflow.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.coiedge.core.isbt128.Din;

/**
 * The difference between what was scanned and what the manifest expects. A handoff can be signed
 * only when {@link #complete()}: every expected unit scanned, nothing extra, nothing scanned twice
 * without confirmation, nothing expired, no other COI.
 */
public record Reconciliation(List<Din> scanned, List<Din> missing, List<Din> extra, List<Din> duplicated,
        List<Din> expired, List<Din> wrongCoi) {

    public Reconciliation {
        scanned = List.copyOf(scanned);
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        duplicated = List.copyOf(duplicated);
        expired = List.copyOf(expired);
        wrongCoi = List.copyOf(wrongCoi);
    }

    public boolean complete() {
        return missing.isEmpty() && extra.isEmpty() && duplicated.isEmpty() && expired.isEmpty() && wrongCoi.isEmpty();
    }

    /** The differences in plain words, one line each; empty when complete. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        add(out, "Missing (not scanned)", missing);
        add(out, "Not on the manifest", extra);
        add(out, "Scanned twice - check for two bags with the same label", duplicated);
        add(out, "Expired", expired);
        add(out, "Label of another COI", wrongCoi);
        return out;
    }

    private static void add(List<String> out, String what, List<Din> dins) {
        if (!dins.isEmpty()) {
            out.add(what + ": " + dins.stream().map(Din::eyeReadable).collect(Collectors.joining(", ")));
        }
    }
}
