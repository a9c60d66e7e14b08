package org.coiedge.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.Ed25519;
import org.coiedge.ledger.keys.DeviceKeyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceKeyStoreTest {
    private static final char[] PASSWORD = "test-only".toCharArray();
    @TempDir
    Path dir;

    @Test
    void theKeyStoreIsCreatedOnFirstUseReadableOnlyByItsOwnerAndGivesTheSameKeyAfterwards() throws Exception {
        Path file = dir.resolve("keys/device.p12");
        DeviceSigner first = DeviceKeyStore.openOrCreate(file, PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        DeviceSigner again = DeviceKeyStore.openOrCreate(file, PASSWORD);
        assertThat(again.deviceId()).isEqualTo(first.deviceId()).matches("D-[0-9a-f]{16}");
        byte[] msg = "custody".getBytes();
        assertThat(Ed25519.verify(first.publicKey(), msg, again.sign(msg))).isTrue();
        try (var s = Files.list(file.getParent())) {
            assertThat(s).containsExactly(file);
        }
    }

    @Test
    void aKeyStoreThatOthersCanReadIsRefusedWithTheFix() throws Exception {
        Path file = dir.resolve("device.p12");
        DeviceKeyStore.openOrCreate(file, PASSWORD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> DeviceKeyStore.openOrCreate(file, PASSWORD)).hasMessageContaining("chmod 600");
    }

    @Test
    void aWrongPasswordIsReportedAsSuch() throws Exception {
        Path file = dir.resolve("device.p12");
        DeviceKeyStore.openOrCreate(file, PASSWORD);
        assertThatThrownBy(() -> DeviceKeyStore.openOrCreate(file, "nope".toCharArray()))
                .hasMessageContaining("wrong password");
    }

    @Test
    void centralCredentialsAreKeptBesideTheKeyWhichStaysTheSameAndOwnerOnly() throws Exception {
        Path file = dir.resolve("device.p12");
        DeviceSigner signer = DeviceKeyStore.openOrCreate(file, PASSWORD);
        assertThat(DeviceKeyStore.credentials(file, PASSWORD)).isEmpty();
        var creds = new org.coiedge.core.sync.DeviceCredentials("https://central.example:8443", signer.deviceId(),
                "A9999", "secret-token-1");

        DeviceKeyStore.saveCredentials(file, PASSWORD, creds);
        DeviceKeyStore.saveCredentials(file, PASSWORD, new org.coiedge.core.sync.DeviceCredentials(
                creds.centralUrl(), creds.deviceId(), "A9999", "secret-token-2"));

        assertThat(DeviceKeyStore.credentials(file, PASSWORD)).get()
                .extracting(org.coiedge.core.sync.DeviceCredentials::token).isEqualTo("secret-token-2");
        assertThat(DeviceKeyStore.credentials(file, PASSWORD).get().toString()).doesNotContain("secret-token");
        assertThat(DeviceKeyStore.openOrCreate(file, PASSWORD).deviceId()).isEqualTo(signer.deviceId());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactly(file);
        }
    }
}
