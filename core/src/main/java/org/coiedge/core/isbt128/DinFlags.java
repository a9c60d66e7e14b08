package org.coiedge.core.isbt128;

/**
 * The two flag characters {@code ff} that follow the DIN in DS001. They are not part of the DIN.
 *
 * <ul>
 * <li>{@code 00}: not used;</li>
 * <li>Type 1, {@code 01}-{@code 19}: ICCBBA process control (e.g. {@code 12} affixed partial label,
 *     {@code 13} attached label);</li>
 * <li>Type 2, {@code 20}-{@code 59}: defined by the local facility;</li>
 * <li>Type 3, {@code 60}-{@code 96}: 60 + the MOD 37-2 check value of the DIN, never printed;</li>
 * <li>{@code 97}-{@code 99}: reserved by ICCBBA.</li>
 * </ul>
 */
public record DinFlags(int value) {
    /** Affixed partial label (Type 1). */
    public static final int AFFIXED_PARTIAL_LABEL = 12;
    /** Attached label, used with an affixed partial label (Type 1). */
    public static final int ATTACHED_LABEL = 13;

    /** What kind of flag a value is. */
    public enum Type {
        NONE, ICCBBA_PROCESS, LOCAL_PROCESS, CHECK_CHARACTER, RESERVED
    }

    public DinFlags {
        if (value < 0 || value > 99) {
            throw new IllegalArgumentException("DIN flags are 00-99: " + value);
        }
    }

    /** Flags not used ({@code 00}). */
    public static DinFlags none() {
        return new DinFlags(0);
    }

    /** A Type 1 ICCBBA process flag 01-19, or a Type 2 local flag 20-59. */
    public static DinFlags process(int value) {
        if (value < 1 || value > 59) {
            throw new IllegalArgumentException("process flags are 01-59: " + value);
        }
        return new DinFlags(value);
    }

    /** The Type 3 flag that carries the check value of {@code din}. */
    public static DinFlags checkFor(Din din) {
        return new DinFlags(60 + din.checkValue());
    }

    public Type type() {
        if (value == 0) {
            return Type.NONE;
        }
        if (value <= 19) {
            return Type.ICCBBA_PROCESS;
        }
        if (value <= 59) {
            return Type.LOCAL_PROCESS;
        }
        return value <= 96 ? Type.CHECK_CHARACTER : Type.RESERVED;
    }

    /** Whether the flag is printed (rotated) beside the eye-readable DIN: process flags only. */
    public boolean printed() {
        return type() == Type.ICCBBA_PROCESS || type() == Type.LOCAL_PROCESS;
    }

    /** The two characters as encoded. */
    public String text() {
        return String.format("%02d", value);
    }

    @Override
    public String toString() {
        return text();
    }
}
