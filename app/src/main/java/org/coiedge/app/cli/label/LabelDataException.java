package org.coiedge.app.cli.label;

/** Label data that cannot be printed; the message names the field and what to fix. */
public final class LabelDataException extends Exception {
    private final String field;

    public LabelDataException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The JSON path of the offending field, e.g. {@code patient.dateOfBirth}. */
    public String field() {
        return field;
    }
}
