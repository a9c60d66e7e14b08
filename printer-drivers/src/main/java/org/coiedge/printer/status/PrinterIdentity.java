package org.coiedge.printer.status;

/** The printer's answer to {@code ~HI}: {@code model,firmware,dpmm,memory,options}, parsed leniently. */
public record PrinterIdentity(String model, String firmware, int dotsPerMm) {
    public static PrinterIdentity parse(String reply) {
        String s = reply.replace("\u0002", "").replace("\u0003", "").trim();
        String[] p = s.split(",");
        int dpmm = 0;
        if (p.length > 2) {
            try {
                dpmm = Integer.parseInt(p[2].trim());
            } catch (NumberFormatException notANumber) {
                dpmm = 0;
            }
        }
        return new PrinterIdentity(p[0].trim(), p.length > 1 ? p[1].trim() : "", dpmm);
    }

    /** 203, 300 or 600 from the dots per mm; 0 when the printer did not say. */
    public int dpi() {
        switch (dotsPerMm) {
            case 8:
                return 203;
            case 12:
                return 300;
            case 24:
                return 600;
            default:
                return 0;
        }
    }
}
