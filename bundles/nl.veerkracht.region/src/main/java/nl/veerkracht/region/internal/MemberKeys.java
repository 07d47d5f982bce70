package nl.veerkracht.region.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.Workspace;

/** The OpenSSH public keys that a regional plan lists for its members, read and checked before they are. */
final class MemberKeys {

    private MemberKeys() {
    }

    /** The public key of this municipality's signing key, which must exist with its public half. */
    static String publicKeyOf(Workspace workspace, Municipality me) {
        SigningKey key = me.signingKey(workspace);
        if (!key.exists()) {
            throw new RegionException("region.noKey", key.privateKey(), workspace.root());
        }
        if (!Files.isRegularFile(key.publicKey())) {
            throw new RegionException("region.noPublicKey", key.privateKey());
        }
        return publicKeyLine(key.publicKey());
    }

    /** The first line of an OpenSSH public key file, checked. */
    static String publicKeyLine(Path file) {
        String line;
        try {
            line = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new RegionException(e, "region.keyUnreadable", file, e.getMessage());
        }
        check(line, file.toString());
        return line;
    }

    /** Refuses a line that is not an OpenSSH public key ({@code ssh-ed25519 AAAA... comment}). */
    static void check(String line, String where) {
        String[] parts = line.split("\\s+");
        if (parts.length < 2 || !(parts[0].startsWith("ssh-") || parts[0].startsWith("ecdsa-")
                || parts[0].startsWith("sk-"))) {
            throw new RegionException("region.keyInvalid", where);
        }
        try {
            PlanRepository.fingerprint(line);
        } catch (IllegalArgumentException e) {
            throw new RegionException(e, "region.keyInvalid", where);
        }
    }
}
