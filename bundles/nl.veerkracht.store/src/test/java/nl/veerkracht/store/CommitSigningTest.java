package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;

/**
 * Commits signed with a municipality's SSH key (JGit SSH signing), checked against the public key a
 * regional plan lists; C git must accept both the commits and their signatures.
 */
class CommitSigningTest {

    private static final Author BREDA = new Author("J. de Vries", "j.devries@breda.nl");

    @TempDir
    Path temp;

    private CGit git;
    private Path bredaKey;
    private Path ettenLeurKey;

    @BeforeEach
    void keys() throws Exception {
        git = new CGit(Files.createDirectories(temp.resolve("home")));
        bredaKey = sshKey("breda");
        ettenLeurKey = sshKey("etten-leur");
    }

    /** A new ed25519 key pair without passphrase, made by C ssh-keygen: {@code <name>} and {@code <name>.pub}. */
    private Path sshKey(String name) throws Exception {
        Path key = temp.resolve("keys").resolve(name);
        Files.createDirectories(key.getParent());
        Process process = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f",
                key.toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, "ssh-keygen failed");
        return key;
    }

    private static String publicKey(Path key) throws Exception {
        return Files.readString(Path.of(key + ".pub"), StandardCharsets.UTF_8).strip();
    }

    private PlanRepository repository() throws Exception {
        PlanRepository repository = PlanRepository.create(temp.resolve("region"));
        Files.writeString(repository.directory().resolve("plan.yaml"), "kind: region\n");
        return repository;
    }

    @Test
    void aSignedCommitVerifiesWithItsKeyOnlyAndCGitAgrees() throws Exception {
        try (PlanRepository repository = repository()) {
            String first = repository.commitWorkingTree("Begonnen", BREDA, "GM0758", Optional.of(new SigningKey(bredaKey)));

            assertEquals(SignatureCheck.Status.VERIFIED, repository.verifySignature(first, publicKey(bredaKey)).status());
            assertEquals(SignatureCheck.Status.NOT_VERIFIED,
                    repository.verifySignature(first, publicKey(ettenLeurKey)).status());

            Path allowed = temp.resolve("allowed_signers");
            Files.writeString(allowed, "j.devries@breda.nl namespaces=\"git\" " + publicKey(bredaKey) + "\n");
            git.ok(repository.directory(), "-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=" + allowed,
                    "verify-commit", first);
            git.assertFsckClean(repository.directory());
        }
    }

    @Test
    void aMergeCommitWrittenFromATreeIsSignedToo() throws Exception {
        try (PlanRepository repository = repository()) {
            String first = repository.commitWorkingTree("Begonnen", BREDA, "GM0758");
            Map<String, String> blobs = repository.blobsAt(first);
            String tree = repository.writeTree(blobs, Map.of("actions/GM0758-fonds.yaml",
                    "id: GM0758-fonds\n".getBytes(StandardCharsets.UTF_8)));
            String signed = repository.writeCommit(tree, List.of(first), "Fonds", BREDA, "GM0758",
                    Optional.of(new SigningKey(bredaKey)));

            assertEquals(SignatureCheck.Status.UNSIGNED, repository.verifySignature(first, publicKey(bredaKey)).status());
            assertEquals(SignatureCheck.Status.VERIFIED, repository.verifySignature(signed, publicKey(bredaKey)).status());
            assertEquals(Map.of("plan.yaml", blobs.get("plan.yaml"), "actions/GM0758-fonds.yaml",
                    repository.blobsAt(signed).get("actions/GM0758-fonds.yaml")), repository.blobsAt(signed));
            assertEquals("id: GM0758-fonds\n", new String(repository.readBlob(
                    repository.blobsAt(signed).get("actions/GM0758-fonds.yaml")), StandardCharsets.UTF_8));
            assertEquals(repository.treeOf(signed), tree);
            repository.advanceBranch(Optional.of(first), signed, temp.resolve("state"));
            git.assertFsckClean(repository.directory());
        }
    }

    @Test
    void aMissingKeyCommitsNothing() throws Exception {
        try (PlanRepository repository = repository()) {
            StoreException missing = assertThrows(StoreException.class, () -> repository.commitWorkingTree("Begonnen",
                    BREDA, "GM0758", Optional.of(new SigningKey(temp.resolve("keys/none")))));
            assertEquals("signing.keyMissing", missing.key());
            assertEquals(Optional.empty(), repository.head());
        }
    }

    @Test
    void aMissingKeyOfAWorkspaceNamesTheCommandThatMakesIt() throws Exception {
        Workspace workspace = Workspace.create(temp.resolve("breda"));
        SigningKey key = SigningKey.of(workspace, "GM0758");
        assertEquals(workspace.stateDirectory().resolve("keys/GM0758"), key.privateKey());
        assertEquals(workspace.stateDirectory().resolve("keys/GM0758.pub"), key.publicKey());
        assertEquals(Optional.of(workspace.root()), key.workspace());
        assertEquals(Optional.empty(), new SigningKey(temp.resolve("keys/none")).workspace());
        try (PlanRepository repository = repository()) {
            StoreException missing = assertThrows(StoreException.class, () -> repository.commitWorkingTree("Begonnen",
                    BREDA, "GM0758", Optional.of(key)));
            assertEquals("this region asks for signed commits, but there is no SSH key " + key.privateKey()
                    + "; make one with 'veerkracht keys create -w " + workspace.root() + "'",
                    missing.describe(java.util.Locale.ENGLISH));
            assertTrue(missing.describe(java.util.Locale.forLanguageTag("nl")).endsWith(
                    "maak er een met 'veerkracht keys create -w " + workspace.root() + "'"));
        }
    }

    @Test
    void theFingerprintIsTheOneSshKeygenPrints() throws Exception {
        Process process = new ProcessBuilder("ssh-keygen", "-l", "-E", "sha256", "-f", bredaKey + ".pub").start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(printed.split(" ")[1], PlanRepository.fingerprint(publicKey(bredaKey)));
    }
}
