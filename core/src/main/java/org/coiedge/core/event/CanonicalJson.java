package org.coiedge.core.event;

import java.util.ArrayList;
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

    /** A small strict recursive-descent parser; depth is bounded to keep hostile input harmless. */
    private static final class JsonParser {
        private static final int MAX_DEPTH = 64;
        private final String s;
        private int i;

        JsonParser(String s) {
            this.s = s;
        }

        Object parseDocument() {
            Object v = value(0);
            skipWs();
            if (i != s.length()) {
                throw error("unexpected text after the JSON value");
            }
            return v;
        }

        private Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nesting deeper than " + MAX_DEPTH);
            }
            skipWs();
            if (i >= s.length()) {
                throw error("unexpected end of JSON");
            }
            char c = s.charAt(i);
            if (c == '{') {
                return object(depth);
            } else if (c == '[') {
                return array(depth);
            } else if (c == '"') {
                return string();
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                return number();
            } else if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            } else if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            } else if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            throw error("unexpected character '" + c + "'");
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            skipWs();
            if (peek() == '}') {
                i++;
                return m;
            }
            while (true) {
                skipWs();
                if (peek() != '"') {
                    throw error("expected a member name");
                }
                String key = string();
                skipWs();
                expect(':');
                if (m.containsKey(key)) {
                    throw error("duplicate member name '" + key + "'");
                }
                m.put(key, value(depth + 1));
                skipWs();
                char c = next();
                if (c == '}') {
                    return m;
                }
                if (c != ',') {
                    throw error("expected ',' or '}'");
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> list = new ArrayList<>();
            i++;
            skipWs();
            if (peek() == ']') {
                i++;
                return list;
            }
            while (true) {
                list.add(value(depth + 1));
                skipWs();
                char c = next();
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    throw error("expected ',' or ']'");
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw error("control character inside a string");
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case '/': sb.append('/'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u':
                        if (i + 4 > s.length()) {
                            throw error("truncated \\u escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        i += 4;
                        break;
                    default:
                        throw error("bad escape '\\" + e + "'");
                }
            }
        }

        private Long number() {
            int start = i;
            if (peek() == '-') {
                i++;
            }
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                throw error("only integers are allowed");
            }
            String digits = s.substring(start, i);
            if (digits.isEmpty() || digits.equals("-") || (digits.replace("-", "").length() > 1
                    && digits.replace("-", "").startsWith("0"))) {
                throw error("malformed number");
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException ex) {
                throw error("number out of range");
            }
        }

        private void skipWs() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\r'
                    || s.charAt(i) == '\t')) {
                i++;
            }
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private char next() {
            if (i >= s.length()) {
                throw error("unexpected end of JSON");
            }
            return s.charAt(i++);
        }

        private void expect(char c) {
            if (next() != c) {
                throw error("expected '" + c + "'");
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("invalid JSON at character " + (i + 1) + ": " + what);
        }
    }
}
