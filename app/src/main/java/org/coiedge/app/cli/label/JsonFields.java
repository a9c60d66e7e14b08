package org.coiedge.app.cli.label;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads typed fields from a label data object; every failure names the field's path. */
final class JsonFields {
    private final JsonNode node;
    private final String prefix;

    JsonFields(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    String path(String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    String text(String name) throws LabelDataException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new LabelDataException(path(name), "missing - add it to the data file");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new LabelDataException(path(name), "must be a non-empty string");
        }
        return v.asText();
    }

    JsonFields object(String name) throws LabelDataException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new LabelDataException(path(name), "missing - add it to the data file");
        }
        if (!v.isObject()) {
            throw new LabelDataException(path(name), "must be an object");
        }
        return new JsonFields(v, path(name));
    }

    boolean bool(String name, boolean absent) throws LabelDataException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isBoolean()) {
            throw new LabelDataException(path(name), "must be true or false");
        }
        return v.asBoolean();
    }

    List<String> texts(String name) throws LabelDataException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new LabelDataException(path(name), "missing - add it to the data file (an empty list if none)");
        }
        if (!v.isArray()) {
            throw new LabelDataException(path(name), "must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new LabelDataException(path(name) + "[" + i + "]", "must be a string");
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    /** An ISO-8601 time with offset and a region zone id, e.g. 2024-06-03T09:15-04:00[America/New_York]. */
    ZonedDateTime zoned(String name) throws LabelDataException {
        String s = text(name);
        int bracket = s.indexOf('[');
        if (bracket < 0 || !s.endsWith("]")) {
            throw new LabelDataException(path(name), "needs the site's zone id in brackets, e.g. 2024-06-03T09:15-04:00[America/New_York]");
        }
        OffsetDateTime local;
        ZoneId zone;
        try {
            local = OffsetDateTime.parse(s.substring(0, bracket));
            zone = ZoneId.of(s.substring(bracket + 1, s.length() - 1));
        } catch (DateTimeException e) {
            throw new LabelDataException(path(name), "'" + s + "' is not a time like 2024-06-03T09:15-04:00[America/New_York]");
        }
        if (zone instanceof ZoneOffset) {
            throw new LabelDataException(path(name), "needs a region zone id such as America/New_York, not an offset");
        }
        if (!zone.getRules().isValidOffset(local.toLocalDateTime(), local.getOffset())) {
            throw new LabelDataException(path(name), "offset " + local.getOffset() + " is not the offset of " + zone
                    + " at " + local.toLocalDateTime() + " - correct the offset or the zone");
        }
        return ZonedDateTime.ofLocal(local.toLocalDateTime(), zone, local.getOffset());
    }

    LocalDate date(String name) throws LabelDataException {
        String s = text(name);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new LabelDataException(path(name), "'" + s + "' is not a date like 1961-03-12");
        }
    }
}
