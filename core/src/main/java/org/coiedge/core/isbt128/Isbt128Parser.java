package org.coiedge.core.isbt128;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * Reads ISBT 128 data structures from what one scan delivered: a single structure, a
 * concatenated read of two structures back to back, or one DS023 compound message with its
 * nested structures. Each structure is identified by its data identifier first, then its length
 * and character rules are checked. Immutable and thread-safe.
 */
public final class Isbt128Parser {
    private final CompoundMessageRegistry registry;

    public Isbt128Parser(CompoundMessageRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Parses {@code data}; {@code offset} is how many input characters precede it (a symbology
     * identifier), so that error positions are positions in the input as delivered.
     *
     * @throws ScanDecodeException for anything that is not valid ISBT 128; nothing else is thrown
     */
    public List<Isbt128Structure> parse(String data, int offset) throws ScanDecodeException {
        if (data.isEmpty()) {
            throw new ScanDecodeException(DecodeErrorCode.EMPTY_INPUT, "ISBT 128", 0, "no data after the symbology identifier");
        }
        Reader r = new Reader(data, offset);
        List<Isbt128Structure> out = new ArrayList<>(2);
        out.add(r.read(false));
        if (out.get(0).type() != DataStructure.DS023 && r.pos < data.length()) {
            out.add(r.read(false));
            if (out.get(1).type() == DataStructure.DS023) {
                throw new ScanDecodeException(DecodeErrorCode.UNEXPECTED_DATA, "DS023", r.lastStart + offset + 1,
                        "a compound message must be the only structure in a read");
            }
        }
        if (r.pos < data.length()) {
            String why = out.get(0).type() == DataStructure.DS023
                    ? "data follows the compound message's last declared structure"
                    : "more than two data structures in one read; only a compound message (DS023) can carry more";
            DecodeErrorCode code = out.get(0).type() == DataStructure.DS023
                    ? DecodeErrorCode.COMPOUND_COUNT_MISMATCH : DecodeErrorCode.UNEXPECTED_DATA;
            throw new ScanDecodeException(code, out.get(0).type() == DataStructure.DS023 ? "DS023" : "ISBT 128",
                    offset + r.pos + 1, why);
        }
        return List.copyOf(out);
    }

    /** Cursor over one read. */
    private final class Reader {
        private final String s;
        private final int offset;
        private int pos;
        private int lastStart;

        Reader(String s, int offset) {
            this.s = s;
            this.offset = offset;
        }

        Isbt128Structure read(boolean inCompound) throws ScanDecodeException {
            lastStart = pos;
            char c0 = s.charAt(pos);
            if (c0 != '=' && c0 != '&') {
                throw new ScanDecodeException(DecodeErrorCode.UNKNOWN_DATA_IDENTIFIER, "ISBT 128", offset + pos + 1,
                        "a data structure starts with '=' or '&', found " + Chars.show(c0));
            }
            if (pos + 1 >= s.length()) {
                throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, "ISBT 128", offset + pos + 2,
                        "the data identifier is incomplete");
            }
            char c1 = s.charAt(pos + 1);
            DataStructure type;
            String di;
            if (c0 == '=' && Chars.isUpperAlnum(c1)) {
                type = DataStructure.DS001;
                di = "=";
            } else if (c0 == '&' && Chars.isLower(c1)) {
                type = DataStructure.NATIONAL;
                di = "&" + c1;
            } else {
                di = s.substring(pos, pos + 2);
                if (di.equals("&,")) {
                    if (pos + 2 >= s.length()) {
                        throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, "ISBT 128", offset + pos + 3,
                                "the data identifier '&,' needs a third character");
                    }
                    di = s.substring(pos, pos + 3);
                }
                type = DataStructure.byDataIdentifier(di).orElse(null);
                if (type == null) {
                    throw new ScanDecodeException(DecodeErrorCode.UNKNOWN_DATA_IDENTIFIER, "ISBT 128", offset + pos + 1,
                            "no ISBT 128 data structure has the data identifier '" + printable(di) + "'");
                }
            }
            if (inCompound && !type.allowedInCompound()) {
                throw new ScanDecodeException(DecodeErrorCode.NOT_ALLOWED_IN_COMPOUND, "DS023", offset + pos + 1,
                        type.label() + " is not allowed inside a compound message");
            }
            int cs = pos + di.length();
            int len = contentLength(type, cs);
            if (s.length() - cs < len) {
                throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, type.label(), offset + s.length() + 1,
                        "needs " + len + " characters after its data identifier, found " + (s.length() - cs));
            }
            String content = s.substring(cs, cs + len);
            pos = cs + len;
            return decode(type, di, content, offset + cs);
        }

        private int contentLength(DataStructure type, int cs) throws ScanDecodeException {
            switch (type.contentLength()) {
                case DataStructure.REST:
                    return s.length() - cs;
                case DataStructure.VARIABLE:
                    if (type == DataStructure.DS025) {
                        return PatientIdentificationNumber.length(s, cs, offset);
                    }
                    return repeated(type, cs, type == DataStructure.DS029 ? 2 : 3, type == DataStructure.DS029 ? 14 : 10);
                default:
                    return type.contentLength();
            }
        }

        /** Length of DS029 ({@code nn} + 14 per item) or DS030 ({@code nnn} + 10 per item). */
        private int repeated(DataStructure type, int cs, int countDigits, int itemLength) throws ScanDecodeException {
            if (s.length() < cs + countDigits) {
                throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, type.label(), offset + s.length() + 1,
                        "the item count is missing");
            }
            Chars.requireDigits(type.label(), s, cs, cs + countDigits, offset, "the item count");
            return countDigits + itemLength * Chars.parseInt(s, cs, cs + countDigits);
        }

        private Isbt128Structure decode(DataStructure type, String di, String c, int off) throws ScanDecodeException {
            switch (type) {
                case DS001: return DonationIdentificationNumber.decode(c, off);
                case DS002: return BloodGroups.decode(c, off);
                case DS003: return ProductCode.decode(c, off);
                case DS004: case DS006: case DS008: return IsbtDate.decode(type, c, off);
                case DS005: case DS007: case DS009: return IsbtDateTime.decode(type, c, off);
                case DS019: return DonorIdentificationNumber.decode(c, off);
                case DS020: return StaffIdentificationNumber.decode(c, off);
                case DS023: return compound(c, off);
                case DS024: return PatientDateOfBirth.decode(c, off);
                case DS025: return PatientIdentificationNumber.decode(c, off);
                case DS031: return FlexibleDateTime.decode(c, off);
                case DS032: return ProductDivisions.decode(c, off);
                case DS033: return ProcessingFacilityCode.decode(c, off);
                case DS034: return ProcessorProductCode.decode(c, off);
                case DS040: return ChainOfIdentityIdentifier.decode(c, off);
                default: return new OtherStructure(type, di, c);
            }
        }

        private CompoundMessage compound(String header, int off) throws ScanDecodeException {
            Chars.requireDigits("DS023", header, 0, 5, off, "the count aa and message id bbb");
            int count = Chars.parseInt(header, 0, 2);
            String messageId = header.substring(2, 5);
            if (count == 0) {
                throw new ScanDecodeException(DecodeErrorCode.COMPOUND_COUNT_MISMATCH, "DS023", off + 1,
                        "declares 00 structures; a compound message carries at least one");
            }
            List<Isbt128Structure> inner = new ArrayList<>(count);
            while (inner.size() < count) {
                if (pos >= s.length()) {
                    throw new ScanDecodeException(DecodeErrorCode.COMPOUND_COUNT_MISMATCH, "DS023", off + 1,
                            "declares " + count + " structures but holds " + inner.size());
                }
                inner.add(read(true));
            }
            CompoundMessage.OrderCheck check = CompoundMessage.OrderCheck.NOT_REQUIRED;
            if (!CompoundMessage.UNSPECIFIED_ORDER.equals(messageId)) {
                var expected = registry.expectedOrder(messageId);
                check = CompoundMessage.OrderCheck.UNKNOWN_MESSAGE_ID;
                if (expected.isPresent()) {
                    checkOrder(messageId, expected.get(), inner, off);
                    check = CompoundMessage.OrderCheck.VERIFIED;
                }
            }
            return new CompoundMessage(messageId, inner, check);
        }

        private void checkOrder(String messageId, List<DataStructure> expected, List<Isbt128Structure> inner, int off)
                throws ScanDecodeException {
            for (int i = 0; i < Math.max(expected.size(), inner.size()); i++) {
                DataStructure want = i < expected.size() ? expected.get(i) : null;
                DataStructure got = i < inner.size() ? inner.get(i).type() : null;
                if (want != got) {
                    throw new ScanDecodeException(DecodeErrorCode.COMPOUND_ORDER_MISMATCH, "DS023", off + 3,
                            "message " + messageId + " requires " + (want == null ? "no" : want.label())
                                    + " as structure " + (i + 1) + ", found " + (got == null ? "none" : got.label()));
                }
            }
        }
    }

    private static String printable(String di) {
        StringBuilder b = new StringBuilder();
        for (char c : di.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return b.toString();
    }
}
