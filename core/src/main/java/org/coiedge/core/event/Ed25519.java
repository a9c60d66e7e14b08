package org.coiedge.core.event;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Objects;

/** Ed25519 with the JDK's built-in provider. Stateless and thread-safe. */
public final class Ed25519 {
    private Ed25519() {
    }

    /** A signer holding a device key pair. */
    public static DeviceSigner signer(String deviceId, KeyPair keys) {
        Objects.requireNonNull(deviceId, "deviceId");
        PrivateKey priv = keys.getPrivate();
        PublicKey pub = keys.getPublic();
        return new DeviceSigner() {
            @Override
            public String deviceId() {
                return deviceId;
            }

            @Override
            public PublicKey publicKey() {
                return pub;
            }

            @Override
            public byte[] sign(byte[] message) {
                return Ed25519.sign(priv, message);
            }
        };
    }

    public static KeyPair generate() {
        try {
            return java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519 (needs Java 15 or later)", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            java.security.Signature s = java.security.Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed: " + e.getMessage(), e);
        }
    }

    /** True when {@code signature} is a valid Ed25519 signature of {@code message}; never throws on bad input. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            java.security.Signature s = java.security.Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Reads a public key from its X.509 SubjectPublicKeyInfo encoding. */
    public static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        }
    }
}
