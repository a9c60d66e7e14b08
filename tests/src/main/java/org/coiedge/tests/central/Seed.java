package org.coiedge.tests.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coiedge.core.event.CanonicalJson;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.IdentifierKind;

/**
 * What the reference central server starts with, read from a JSON seed file (format in
 * {@code tests/README.md}): enrolment codes, identifier block sizes, request limits and versions
 * of each reference dataset.
 */
public record Seed(List<EnrolmentCode> enrolmentCodes, Map<IdentifierKind, Long> blockSizes, int maxBatchEvents,
        int maxBatchBytes, Map<Dataset, List<DatasetVersion>> referenceData) {

    /** A one-time (or {@code uses}-times) enrolment code for a site. */
    public record EnrolmentCode(String code, String site, int uses) {
    }

    /** One published version of a dataset: the whole dataset as it stood (key to canonical JSON text). */
    public record DatasetVersion(long version, Map<String, String> rows) {
    }

    public Seed {
        enrolmentCodes = List.copyOf(enrolmentCodes);
        blockSizes = Map.copyOf(blockSizes);
        referenceData = Map.copyOf(referenceData);
    }

    public static Seed read(Path file) throws IOException {
        try {
            return parse(new ObjectMapper().readTree(file.toFile()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("seed file " + file + " is not valid: " + e.getMessage(), e);
        }
    }

    public static Seed parse(JsonNode root) {
        List<EnrolmentCode> codes = new ArrayList<>();
        for (JsonNode c : root.path("enrolmentCodes")) {
            codes.add(new EnrolmentCode(required(c, "code"), required(c, "site"), c.path("uses").asInt(1)));
        }
        Map<IdentifierKind, Long> sizes = new LinkedHashMap<>();
        sizes.put(IdentifierKind.DIN, root.path("blockSizes").path("DIN").asLong(1000));
        sizes.put(IdentifierKind.COI, root.path("blockSizes").path("COI").asLong(100));
        Map<Dataset, List<DatasetVersion>> data = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("referenceData").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Dataset d = Dataset.valueOf(e.getKey());
            List<DatasetVersion> versions = new ArrayList<>();
            for (JsonNode v : e.getValue()) {
                Map<String, String> rows = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> r = v.path("rows").fields();
                while (r.hasNext()) {
                    Map.Entry<String, JsonNode> row = r.next();
                    // canonical JSON refuses fractions, so no client and server disagree on a value
                    rows.put(row.getKey(), CanonicalJson.write(CanonicalJson.parse(row.getValue().toString())));
                }
                versions.add(new DatasetVersion(v.path("version").asLong(), rows));
            }
            data.put(d, versions);
        }
        JsonNode limits = root.path("limits");
        return new Seed(codes, sizes, limits.path("maxBatchEvents").asInt(1000),
                limits.path("maxBatchBytes").asInt(16 << 20), data);
    }

    private static String required(JsonNode n, String field) {
        if (!n.path(field).isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return n.path(field).asText();
    }
}
