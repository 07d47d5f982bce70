package nl.veerkracht.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The private SSH key that Veerkracht signs a commit with (JGit SSH signing, as
 * {@code git -c gpg.format=ssh commit -S} does). The key file must have no passphrase: Veerkracht
 * runs without asking anyone.
 *
 * @param privateKey the OpenSSH private key file; its public half usually lies beside it as {@code <file>.pub}
 */
public record SigningKey(Path privateKey) {

    public SigningKey {
        Objects.requireNonNull(privateKey);
        privateKey = privateKey.toAbsolutePath().normalize();
    }

    /** Whether the key file is there to sign with. */
    public boolean exists() {
        return Files.isRegularFile(privateKey);
    }
}
