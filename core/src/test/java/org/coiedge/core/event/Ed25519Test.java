package org.coiedge.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import org.junit.jupiter.api.Test;

class Ed25519Test {
    private final KeyPair keys = Ed25519.generate();
    private final byte[] message = "{\"type\":\"CUSTODY_TRANSFERRED\"}".getBytes(StandardCharsets.UTF_8);

    private byte[] jdkSign(byte[] m) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(keys.getPrivate());
        s.update(m);
        return s.sign();
    }

    @Test
    void signaturesAreByteForByteThoseOfTheJdkProvider() throws Exception {
        assertThat(Ed25519.sign(keys.getPrivate(), message)).isEqualTo(jdkSign(message));
        assertThat(Ed25519.signer("dev-1", keys).sign(message)).isEqualTo(jdkSign(message));
    }

    @Test
    void jdkSignaturesVerifyAndOursVerifyWithTheJdk() throws Exception {
        assertThat(Ed25519.verify(keys.getPublic(), message, jdkSign(message))).isTrue();
        Signature v = Signature.getInstance("Ed25519");
        v.initVerify(keys.getPublic());
        v.update(message);
        assertThat(v.verify(Ed25519.sign(keys.getPrivate(), message))).isTrue();
    }

    @Test
    void alteredMessageOtherKeyOrMalformedSignatureDoNotVerify() {
        byte[] sig = Ed25519.sign(keys.getPrivate(), message);
        byte[] altered = message.clone();
        altered[3] ^= 1;
        assertThat(Ed25519.verify(keys.getPublic(), altered, sig)).isFalse();
        assertThat(Ed25519.verify(Ed25519.generate().getPublic(), message, sig)).isFalse();
        assertThat(Ed25519.verify(keys.getPublic(), message, new byte[63])).isFalse();
        assertThat(Ed25519.verify(keys.getPublic(), message, null)).isFalse();
        byte[] flipped = sig.clone();
        flipped[40] ^= 0x10;
        assertThat(Ed25519.verify(keys.getPublic(), message, flipped)).isFalse();
    }
}
