package org.coiedge.printer.zpl;

/**
 * What the printer does with a label it was printing when a fault (paper out, head open) struck:
 * ZPL {@code ^JZ}. Zebra's default reprints it, which for identity labels risks a second label
 * with the same DIN that nobody asked for. coi-edge's policy is {@link #NO_REPRINT}: the partly
 * printed label is not printed again; the print job reports "not confirmed" and the operator
 * destroys the partial label and prints again knowingly.
 */
public enum ReprintPolicy {
    /** {@code ^JZN}: never reprint after an error (the coi-edge default). */
    NO_REPRINT("^JZN"),
    /** {@code ^JZY}: Zebra's factory behaviour. Not used for identity labels. */
    REPRINT("^JZY");

    private final String command;

    ReprintPolicy(String command) {
        this.command = command;
    }

    /** The ZPL command that states the policy. */
    public String command() {
        return command;
    }
}
