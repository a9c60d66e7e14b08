package org.coiedge.app.kiosk.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coiedge.core.auth.PinHash;
import org.coiedge.core.auth.Role;
import org.coiedge.core.auth.StaffDirectory;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.ReferenceDataCache;

/**
 * Staff members in the {@link Dataset#PERSONNEL} reference data: one row per badge (DS020 content),
 * JSON {@code {"staffId","name","roles":["nurse",...],"pin":"pbkdf2-sha256$..."}}. Only PIN hashes
 * are ever stored. As a {@link StaffDirectory} it reads the cache on every lookup (a local SQLite
 * read), so a new personnel version applies at the next sign-in. Thread-safe.
 */
public final class Personnel implements StaffDirectory {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReferenceDataCache cache;

    public Personnel(ReferenceDataCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public Optional<StaffMember> find(String staffId) {
        try {
            return cache.lookup(Dataset.PERSONNEL, staffId).map(Personnel::fromRow);
        } catch (LedgerException e) {
            throw new IllegalStateException("Staff list cannot be read: " + e.getMessage(), e);
        }
    }

    /** The row for one staff member. */
    public static String toRow(StaffMember s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("staffId", s.staffId());
        n.put("name", s.name());
        ArrayNode roles = n.putArray("roles");
        for (Role r : EnumSet.copyOf(s.roles())) {
            roles.add(r.key());
        }
        n.put("pin", s.pin().encode());
        return n.toString();
    }

    /** Reads one row; a malformed row is an {@link IllegalStateException} naming the staff id. */
    public static StaffMember fromRow(String row) {
        try {
            JsonNode n = JSON.readTree(row);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (JsonNode r : n.path("roles")) {
                roles.add(Role.ofKey(r.asText()));
            }
            return new StaffMember(n.path("staffId").asText(), n.path("name").asText(), roles,
                    PinHash.parse(n.path("pin").asText()));
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalStateException("A staff record in the personnel data is damaged (" + e.getMessage()
                    + ") - reload the personnel data", e);
        }
    }
}
