package org.coiedge.ledger.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.nio.charset.StandardCharsets;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.coiedge.core.event.CanonicalJson;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.event.EventChain;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.sync.DeviceCredentials;

/**
 * The device's Ed25519 key in a PKCS12 key store, created on first use with owner-only
 * permissions ({@code rw-------}); a store that others can read is refused. The JDK cannot write
 * an Ed25519 certificate without internal APIs, so the key pair is kept as two protected secret
 * entries (PKCS#8 private key, X.509 public key). The device id is {@code D-} plus the first 16 hex
 * digits of the SHA-256 of the public key. After enrolment the store also keeps the central
 * system's {@link DeviceCredentials} (its bearer token is a secret like the key). Not safe for two
 * writers at once: one process owns a device's store.
 */
public final class DeviceKeyStore {
    private static final String PRIVATE = "coi-edge-device-private";
    private static final String PUBLIC = "coi-edge-device-public";
    private static final String CREDENTIALS = "coi-edge-central-credentials";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private DeviceKeyStore() {
    }

    /** Loads the device key from {@code file}, creating the store and a new key if the file does not exist. */
    public static DeviceSigner openOrCreate(Path file, char[] password) throws LedgerException {
        try {
            if (!Files.exists(file)) {
                create(file, password);
            }
            requireOwnerOnly(file);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                ks.load(in, password);
            }
            KeyStore.PasswordProtection prot = new KeyStore.PasswordProtection(password);
            var priv = (KeyStore.SecretKeyEntry) ks.getEntry(PRIVATE, prot);
            var pub = (KeyStore.SecretKeyEntry) ks.getEntry(PUBLIC, prot);
            if (priv == null || pub == null) {
                throw new LedgerException(LedgerException.Reason.STORAGE, "Key store " + file
                        + " holds no coi-edge device key: point to the device's key store or move this file away");
            }
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(priv.getSecretKey().getEncoded()));
            PublicKey publicKey = Ed25519.publicKey(pub.getSecretKey().getEncoded());
            return Ed25519.signer(deviceId(publicKey), new KeyPair(publicKey, privateKey));
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.STORAGE, "Cannot read device key store " + file + ": "
                    + e.getMessage() + " (wrong password, or not a PKCS12 file?)", e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new LedgerException(LedgerException.Reason.STORAGE, "Device key store " + file
                    + " is unusable: " + e.getMessage(), e);
        }
    }

    /** The device id derived from a public key. */
    public static String deviceId(PublicKey key) {
        return "D-" + EventChain.sha256Hex(key.getEncoded()).substring(0, 16);
    }

    private static void create(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyPair kp = Ed25519.generate();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        KeyStore.PasswordProtection prot = new KeyStore.PasswordProtection(password);
        ks.setEntry(PRIVATE, new KeyStore.SecretKeyEntry(new SecretKeySpec(kp.getPrivate().getEncoded(), "Ed25519")),
                prot);
        ks.setEntry(PUBLIC, new KeyStore.SecretKeyEntry(new SecretKeySpec(kp.getPublic().getEncoded(), "Ed25519")),
                prot);
        write(ks, file, password);
    }

    /**
     * Keeps the central system's credentials for this device in the key store, beside the key,
     * replacing any kept before. The store is rewritten to an owner-only temporary file and moved
     * into place, so a crash leaves the old store or the new one.
     */
    public static void saveCredentials(Path file, char[] password, DeviceCredentials credentials) throws LedgerException {
        try {
            KeyStore ks = load(file, password);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("centralUrl", credentials.centralUrl());
            m.put("deviceId", credentials.deviceId());
            m.put("site", credentials.site());
            m.put("token", credentials.token());
            ks.setEntry(CREDENTIALS, new KeyStore.SecretKeyEntry(new SecretKeySpec(
                    CanonicalJson.write(m).getBytes(StandardCharsets.UTF_8), "HmacSHA256")),
                    new KeyStore.PasswordProtection(password));
            write(ks, file, password);
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.STORAGE, "Cannot keep the central credentials in " + file
                    + ": " + e.getMessage() + " (wrong password, or not writable?)", e);
        } catch (GeneralSecurityException e) {
            throw new LedgerException(LedgerException.Reason.STORAGE, "Device key store " + file
                    + " is unusable: " + e.getMessage(), e);
        }
    }

    /** The central system's credentials kept in the key store, empty when the device never enrolled. */
    public static Optional<DeviceCredentials> credentials(Path file, char[] password) throws LedgerException {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            var entry = (KeyStore.SecretKeyEntry) load(file, password).getEntry(CREDENTIALS,
                    new KeyStore.PasswordProtection(password));
            if (entry == null) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) CanonicalJson.parse(
                    new String(entry.getSecretKey().getEncoded(), StandardCharsets.UTF_8));
            return Optional.of(new DeviceCredentials((String) m.get("centralUrl"), (String) m.get("deviceId"),
                    (String) m.get("site"), (String) m.get("token")));
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.STORAGE, "Cannot read device key store " + file + ": "
                    + e.getMessage() + " (wrong password, or not a PKCS12 file?)", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new LedgerException(LedgerException.Reason.STORAGE, "The central credentials in " + file
                    + " are unusable (" + e.getMessage() + "): enrol the device again", e);
        }
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        requireOwnerOnly(file);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        }
        return ks;
    }

    private static void write(KeyStore ks, Path file, char[] password) throws IOException, GeneralSecurityException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Written to an owner-only temporary file first, so the key is never readable by others, not even briefly.
        Path tmp = posix() ? Files.createTempFile(dir, ".device-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".device-key", ".tmp");
        try {
            if (!posix()) {
                restrictToOwner(tmp);
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ks.store(out, password);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void requireOwnerOnly(Path file) throws IOException, GeneralSecurityException {
        if (!posix()) {
            return;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        for (PosixFilePermission p : perms) {
            if (!p.name().startsWith("OWNER_")) {
                throw new GeneralSecurityException("others can access it (" + PosixFilePermissions.toString(perms)
                        + "); run: chmod 600 " + file);
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void restrictToOwner(Path f) {
        var file = f.toFile();
        file.setReadable(false, false);
        file.setWritable(false, false);
        file.setReadable(true, true);
        file.setWritable(true, true);
    }
}
