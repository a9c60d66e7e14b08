package org.coiedge.core.event;

/** The meaning of an electronic signature (21 CFR 11.50): what the signer attests to. */
public enum SignatureMeaning {
    PERFORMED,
    VERIFIED,
    WITNESSED,
    APPROVED,
    RELEASED,
    RECEIVED
}
