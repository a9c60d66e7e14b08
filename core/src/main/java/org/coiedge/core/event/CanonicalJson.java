package org.coiedge.core.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical JSON after RFC 8785 (JSON Canonicalization Scheme), restricted to the values events
 * use: objects, arrays, strings, booleans, null and integers within ±(2^53-1). Within that subset
 * the output is exactly what RFC 8785 prescribes: no whitespace, object members sorted by the
 * UTF-16 code units of their names, strings escaped minimally ({@code \" \\ \b \f \n \r \t} and
 * {@code \}{@code u00xx} in lower case for other control characters), integers in plain decimal.
 * Non-integral numbers are refused rather than formatted, so two implementations cannot disagree
 * on them.
 *
 * <p>Java values: {@link Map} with String keys, {@link List}, {@link String}, {@link Long} or
 * {@link Integer}, {@link Boolean}, {@code null}. {@link #parse} returns the same kinds (integers as
 * Long). Thread-safe: stateless.
 */
public final class CanonicalJson {
    /** The largest integer that every JSON implementation (IEEE 754 doubles) represents exactly. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {
    }

    /** Serializes a value canonically. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder(256);
        write(value, sb);
        return sb.toString();
    }

    /** Parses strict JSON text (RFC 8259) into Maps, Lists, Strings, Longs, Booleans and nulls. */
    public static Object parse(String text) {
        return new JsonParser(text).parseDocument();
    }

    /** Checks that a map is a JSON object this class can serialize and returns an ordered copy. */
    static Map<String, Object> requireObject(Map<String, Object> map) {
        write(map, new StringBuilder());
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static void write(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String) {
            writeString((String) v, sb);
        } else if (v instanceof Boolean) {
            sb.append(((Boolean) v).booleanValue());
        } else if (v instanceof Long || v instanceof Integer) {
            long n = ((Number) v).longValue();
            if (n > MAX_SAFE_INTEGER || n < -MAX_SAFE_INTEGER) {
                throw new IllegalArgumentException("integer " + n + " is outside the range JSON keeps exact (±2^53-1)");
            }
            sb.append(n);
        } else if (v instanceof Map) {
            writeObject((Map<?, ?>) v, sb);
        } else if (v instanceof List) {
            sb.append('[');
            boolean first = true;
            for (Object item : (List<?>) v) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(item, sb);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("cannot put a " + v.getClass().getSimpleName()
                    + " into canonical JSON: use strings, integers, booleans, lists and maps");
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder sb) {
        // String.compareTo orders by UTF-16 code units, which is the order RFC 8785 requires.
        TreeMap<String, Object> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                throw new IllegalArgumentException("JSON object keys must be strings: " + e.getKey());
            }
            sorted.put((String) e.getKey(), e.getValue());
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            writeString(e.getKey(), sb);
            sb.append(':');
            write(e.getValue(), sb);
        }
        sb.append('}');
    }

    private static void writeString(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("text contains a lone UTF-16 surrogate at index " + i);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
