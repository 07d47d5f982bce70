package nl.veerkracht.region;

import java.util.Objects;
import java.util.Optional;

/**
 * A municipality that {@code region add-member} adds to a region.
 *
 * @param code its CBS code ({@code GM0777})
 * @param name its name ({@code Etten-Leur})
 * @param url where the others fetch its clone of the regional plan
 * @param planUrl where its own plan can be fetched
 * @param key its SSH public key, one OpenSSH line ({@code ssh-ed25519 AAAA... etten-leur})
 */
public record NewMember(String code, String name, String url, Optional<String> planUrl, Optional<String> key) {

    public NewMember {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(url);
        Objects.requireNonNull(planUrl);
        Objects.requireNonNull(key);
    }
}
