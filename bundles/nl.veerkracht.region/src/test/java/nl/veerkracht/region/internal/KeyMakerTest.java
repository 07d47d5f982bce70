package nl.veerkracht.region.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.region.MunicipalityKey;
import nl.veerkracht.region.RegionException;

/**
 * {@code keys create}: the municipality's ed25519 key, made without ssh-keygen, and C ssh-keygen as the
 * oracle that it is an OpenSSH key like its own.
 */
class KeyMakerTest {

    @TempDir
    Path temp;

    private RegionFixture region;
    private RegionFixture.Member breda;

    @BeforeEach
    void municipality() {
        region = new RegionFixture(temp);
        breda = region.municipality("GM0758", "Breda");
    }

    /** Runs ssh-keygen; answers its standard output. */
    private static String sshKeygen(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("ssh-keygen"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "ssh-keygen did not end");
        assertEquals(0, process.exitValue(), () -> "ssh-keygen " + String.join(" ", args) + ": " + out);
        return out;
    }

    private static String keyOnly(String line) {
        String[] parts = line.strip().split("\\s+");
        return parts[0] + " " + parts[1];
    }

    @Test
    void theKeyIsAnOpenSshEd25519KeyThatSshKeygenReadsWithoutAPassphrase() throws Exception {
        MunicipalityKey key = region.regions.createKey(breda.workspace());

        Path keys = breda.workspace().stateDirectory().resolve("keys");
        assertEquals(keys.resolve("GM0758"), key.privateKey());
        assertEquals(keys.resolve("GM0758.pub"), key.publicKey());
        assertEquals("Breda", key.name());
        assertTrue(key.publicKeyLine().matches("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5[A-Za-z0-9+/=]+ GM0758@veerkracht"),
                key.publicKeyLine());
        assertEquals(key.publicKeyLine() + "\n", Files.readString(key.publicKey(), StandardCharsets.US_ASCII));
        assertTrue(Files.readString(key.privateKey()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(key.privateKey()));
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(key.publicKey()));

        // -P "": ssh-keygen fails instead of asking when the key wants a passphrase
        assertEquals(keyOnly(key.publicKeyLine()), keyOnly(sshKeygen("-y", "-P", "", "-f", key.privateKey().toString())));
        String fingerprint = sshKeygen("-l", "-E", "sha256", "-f", key.publicKey().toString());
        assertEquals(fingerprint.split(" ")[1], key.fingerprint());
        try (var files = Files.list(keys)) {
            assertEquals(List.of("GM0758", "GM0758.pub"), files.map(file -> file.getFileName().toString()).sorted().toList(),
                    "no temporary file stays behind");
        }
    }

    @Test
    void twoKeysAreNeverTheSame() {
        MunicipalityKey first = region.regions.createKey(breda.workspace());
        MunicipalityKey second = region.regions.createKey(region.municipality("GM0777", "Etten-Leur").workspace());
        assertFalse(keyOnly(first.publicKeyLine()).equals(keyOnly(second.publicKeyLine())));
    }

    @Test
    void anExistingKeyIsRefusedAndLeftAsItIs() throws Exception {
        MunicipalityKey key = region.regions.createKey(breda.workspace());
        byte[] privateBefore = Files.readAllBytes(key.privateKey());
        byte[] publicBefore = Files.readAllBytes(key.publicKey());

        RegionException refused = assertThrows(RegionException.class, () -> region.regions.createKey(breda.workspace()));
        assertEquals("keys.exists", refused.key());
        assertTrue(refused.describe(Locale.ENGLISH).startsWith("there is a key " + key.privateKey() + " already"),
                refused.describe(Locale.ENGLISH));
        assertArrayEquals(privateBefore, Files.readAllBytes(key.privateKey()));
        assertArrayEquals(publicBefore, Files.readAllBytes(key.publicKey()));
    }

    @Test
    void aPublicKeyWithoutItsPrivateKeyAndLeftoversOfAnInterruptedRunAreReplaced() throws Exception {
        Path keys = Files.createDirectories(breda.workspace().stateDirectory().resolve("keys"));
        Files.writeString(keys.resolve("GM0758.pub"), "ssh-ed25519 AAAAoud\n");
        Files.writeString(keys.resolve(".GM0758.12345.tmp"), "-----BEGIN OPENSSH PRIV");
        Files.writeString(keys.resolve("GM0777"), "someone else's key stays");

        MunicipalityKey key = region.regions.createKey(breda.workspace());
        assertEquals(key.publicKeyLine() + "\n", Files.readString(key.publicKey()));
        try (var files = Files.list(keys)) {
            assertEquals(List.of("GM0758", "GM0758.pub", "GM0777"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aProvinceHasNoRegionalSigningKey() {
        RegionFixture.Member province = region.municipality("PV30", "Noord-Brabant");
        RegionException refused = assertThrows(RegionException.class, () -> region.regions.createKey(province.workspace()));
        assertEquals("region.notMunicipality", refused.key());
        assertFalse(Files.exists(province.workspace().stateDirectory().resolve("keys")));
    }
}
