package nl.veerkracht.region;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The SSH key pair that {@code keys create} made for the workspace's municipality, to sign its commits in
 * regions that ask for signed commits.
 *
 * @param code the municipality's CBS code ({@code GM0758})
 * @param name the municipality's name
 * @param privateKey the private key, {@code .veerkracht/keys/<code>} (OpenSSH format, no passphrase)
 * @param publicKey the public key beside it, {@code <code>.pub}: the file the coordinator passes to
 *        {@code region add-member --key}
 * @param publicKeyLine the public key as that file holds it ({@code ssh-ed25519 AAAA... GM0758@veerkracht})
 * @param fingerprint its fingerprint as {@code ssh-keygen -l} shows it ({@code SHA256:...})
 */
public record MunicipalityKey(String code, String name, Path privateKey, Path publicKey, String publicKeyLine,
        String fingerprint) {

    public MunicipalityKey {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(privateKey);
        Objects.requireNonNull(publicKey);
        Objects.requireNonNull(publicKeyLine);
        Objects.requireNonNull(fingerprint);
    }
}
