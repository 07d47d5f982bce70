package nl.veerkracht.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The private SSH key that Veerkracht signs a commit with (JGit SSH signing, as
 * {@code git -c gpg.format=ssh commit -S} does). The key file must have no passphrase: Veerkracht
 * runs without asking anyone.
 *
 * @param privateKey the OpenSSH private key file; its public half usually lies beside it as {@code <file>.pub}
 */
public record SigningKey(Path privateKey) {

    /** The folder of a workspace's signing keys, inside its local state. */
    public static final String KEYS_FOLDER = "keys";

    public SigningKey {
        Objects.requireNonNull(privateKey);
        privateKey = privateKey.toAbsolutePath().normalize();
    }

    /**
     * The key a municipality signs with in a workspace: {@code .veerkracht/keys/<code>}, with its public
     * half beside it as {@code <code>.pub}.
     */
    public static SigningKey of(Workspace workspace, String municipality) {
        return new SigningKey(workspace.stateDirectory().resolve(KEYS_FOLDER).resolve(municipality));
    }

    /** Whether the key file is there to sign with. */
    public boolean exists() {
        return Files.isRegularFile(privateKey);
    }

    /** The public half's file, {@code <file>.pub}, as ssh-keygen names it. */
    public Path publicKey() {
        return privateKey.resolveSibling(privateKey.getFileName() + ".pub");
    }

    /** The workspace's folder, when the key lies where {@link #of(Workspace, String)} puts it. */
    public Optional<Path> workspace() {
        Path keys = privateKey.getParent();
        Path state = keys == null ? null : keys.getParent();
        if (state == null || state.getParent() == null || !keys.getFileName().toString().equals(KEYS_FOLDER)
                || !state.getFileName().toString().equals(Workspace.STATE_FOLDER)) {
            return Optional.empty();
        }
        return Optional.of(state.getParent());
    }
}
