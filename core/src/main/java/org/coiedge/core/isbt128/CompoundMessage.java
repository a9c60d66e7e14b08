package org.coiedge.core.isbt128;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * DS023 {@code =+aabbb}: {@code aa} structures follow with no separators; {@code bbb} is the
 * message id ({@code 000}: order unspecified). The structures' order is checked against the
 * {@link CompoundMessageRegistry} when the id is one the site has registered.
 */
public record CompoundMessage(String messageId, List<Isbt128Structure> structures, OrderCheck orderCheck)
        implements Isbt128Structure {
    /** The message id meaning "structures in no specified order". */
    public static final String UNSPECIFIED_ORDER = "000";

    /** What the decoder could say about the order of the structures. */
    public enum OrderCheck {
        /** Message id {@code 000}: any order is valid. */
        NOT_REQUIRED,
        /** The order matched the registered definition of the message id. */
        VERIFIED,
        /** The message id is not registered at this site, so the order could not be checked. */
        UNKNOWN_MESSAGE_ID
    }

    public CompoundMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(orderCheck, "orderCheck");
        structures = List.copyOf(structures);
        if (messageId.length() != 3 || !messageId.chars().allMatch(c -> Chars.isDigit((char) c))) {
            throw new IllegalArgumentException("compound message id is 3 digits: " + messageId);
        }
        if (structures.isEmpty() || structures.size() > 99) {
            throw new IllegalArgumentException("a compound message holds 1-99 structures, not " + structures.size());
        }
        for (Isbt128Structure s : structures) {
            if (!s.type().allowedInCompound()) {
                throw new IllegalArgumentException(s.type().label() + " is not allowed inside a compound message");
            }
        }
    }

    /** Builds a compound message for a label; the order is checked if the registry knows the id. */
    public static CompoundMessage of(String messageId, List<Isbt128Structure> structures,
            CompoundMessageRegistry registry) {
        OrderCheck check = UNSPECIFIED_ORDER.equals(messageId) ? OrderCheck.NOT_REQUIRED : OrderCheck.UNKNOWN_MESSAGE_ID;
        var expected = registry.expectedOrder(messageId);
        if (expected.isPresent() && !UNSPECIFIED_ORDER.equals(messageId)) {
            List<DataStructure> actual = structures.stream().map(Isbt128Structure::type).collect(Collectors.toList());
            if (!expected.get().equals(actual)) {
                throw new IllegalArgumentException("message " + messageId + " requires " + expected.get() + ", got " + actual);
            }
            check = OrderCheck.VERIFIED;
        }
        return new CompoundMessage(messageId, structures, check);
    }

    /** Builds a compound message with unspecified order ({@code 000}). */
    public static CompoundMessage unordered(List<Isbt128Structure> structures) {
        return new CompoundMessage(UNSPECIFIED_ORDER, structures, OrderCheck.NOT_REQUIRED);
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS023;
    }

    /** The header {@code aabbb} followed by every structure, DI and content. */
    @Override
    public String content() {
        StringBuilder b = new StringBuilder(String.format("%02d", structures.size())).append(messageId);
        structures.forEach(s -> b.append(s.encode()));
        return b.toString();
    }
}
