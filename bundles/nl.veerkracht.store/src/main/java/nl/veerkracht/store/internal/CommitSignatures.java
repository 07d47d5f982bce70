package nl.veerkracht.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.SignatureVerifier;
import org.eclipse.jgit.lib.SignatureVerifiers;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.lib.Signers;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import nl.veerkracht.store.SignatureCheck;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.StoreException;

/**
 * SSH signatures of commits: the signer a signed commit is made with ({@link CommitWriter}), and the check
 * of a commit's signature against one member's public key. JGit's SSH signer and verifier are registered
 * ({@link SshSignatures}) the first time either is needed.
 */
public final class CommitSignatures {

    private final GitRepository git;
    private final Repository repository;

    public CommitSignatures(GitRepository git) {
        this.git = git;
        this.repository = git.repository();
    }

    /**
     * The signer of SSH signatures, after making sure that {@code key} is there.
     *
     * @throws StoreException {@code signing.keyMissing} or {@code signing.unavailable} when the commit is
     *         to be signed and cannot be
     */
    static Signer signerFor(SigningKey key) {
        if (!key.exists()) {
            throw new StoreException("signing.keyMissing", key.privateKey(),
                    key.workspace().map(workspace -> " -w " + workspace).orElse(""));
        }
        SshSignatures.register();
        Signer signer = Signers.get(GpgConfig.GpgFormat.SSH);
        if (signer == null) {
            throw new StoreException("signing.unavailable");
        }
        return signer;
    }

    /** SSH signing with exactly this key, whatever the user's or the repository's Git configuration says. */
    static GpgConfig signingConfig(SigningKey key) {
        Config config = new Config();
        config.setString(ConfigConstants.CONFIG_GPG_SECTION, null, ConfigConstants.CONFIG_KEY_FORMAT, "ssh");
        config.setString(ConfigConstants.CONFIG_USER_SECTION, null, ConfigConstants.CONFIG_KEY_SIGNINGKEY,
                key.privateKey().toString());
        return new GpgConfig(config);
    }

    /**
     * Checks the SSH signature of a commit against one OpenSSH public key line
     * ({@code ssh-ed25519 AAAA... comment}): verified only when it was made with exactly that key.
     */
    public SignatureCheck verifySignature(String commitId, String publicKeyLine) {
        SshSignatures.register();
        if (SignatureVerifiers.get(GpgConfig.GpgFormat.SSH) == null) {
            return new SignatureCheck(SignatureCheck.Status.UNAVAILABLE, "");
        }
        String[] parts = publicKeyLine.strip().split("\\s+");
        String expected;
        try {
            expected = fingerprint(parts);
        } catch (IllegalArgumentException e) {
            return new SignatureCheck(SignatureCheck.Status.NOT_VERIFIED, "bad public key: " + e.getMessage());
        }
        Path allowed = null;
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
            if (commit.getRawGpgSignature() == null) {
                return new SignatureCheck(SignatureCheck.Status.UNSIGNED, "");
            }
            // JGit looks keys up in an allowed-signers file; a file of its own per check, since it caches by path
            allowed = Files.createTempFile("veerkracht-allowed-signers", "");
            Files.writeString(allowed, "regional-plan namespaces=\"git\" " + parts[0] + " " + parts[1] + "\n",
                    StandardCharsets.UTF_8);
            Config config = new Config();
            config.setString(ConfigConstants.CONFIG_GPG_SECTION, null, ConfigConstants.CONFIG_KEY_FORMAT, "ssh");
            config.setString(ConfigConstants.CONFIG_GPG_SECTION, "ssh", "allowedSignersFile", allowed.toString());
            SignatureVerifier.SignatureVerification verification = SignatureVerifiers.verify(repository,
                    new GpgConfig(config), commit);
            if (verification == null) {
                return new SignatureCheck(SignatureCheck.Status.UNSIGNED, "");
            }
            boolean verified = verification.verified() && !verification.expired()
                    && expected.equals(verification.keyFingerprint());
            String found = verification.keyFingerprint() == null ? "" : verification.keyFingerprint();
            return new SignatureCheck(verified ? SignatureCheck.Status.VERIFIED : SignatureCheck.Status.NOT_VERIFIED,
                    found);
        } catch (IOException e) {
            throw git.unreadable(e);
        } finally {
            try {
                if (allowed != null) {
                    Files.deleteIfExists(allowed);
                }
            } catch (IOException e) {
                // a temporary file of one line; the system cleans its temporary folder
            }
            SignatureVerifier verifier = SignatureVerifiers.get(GpgConfig.GpgFormat.SSH);
            if (verifier != null) {
                verifier.clear();
            }
        }
    }

    /** The fingerprint of an OpenSSH public key, as {@code ssh-keygen -lf} prints it ({@code SHA256:...}). */
    public static String fingerprint(String publicKeyLine) {
        return fingerprint(publicKeyLine.strip().split("\\s+"));
    }

    private static String fingerprint(String[] parts) {
        if (parts.length < 2) {
            throw new IllegalArgumentException("not an OpenSSH public key line");
        }
        try {
            byte[] blob = Base64.getDecoder().decode(parts[1]);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
