package nl.veerkracht.region;

import java.util.Objects;

/**
 * A regional plan whose history breaks a rule of the region (joining it is refused): the command line
 * answers it with exit code 4, like a tip that {@code sync} refuses.
 */
public class RefusedException extends RegionException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(refusal.missingMunicipality().isPresent() ? "region.joinRefusedMunicipality" : "region.joinRefused",
                refusal.shortCommit(), refusal.municipality().orElse("?"), refusal.rule(),
                refusal.author().map(Object::toString).orElse("?"), refusal.missingMunicipality().orElse(null));
        this.refusal = Objects.requireNonNull(refusal);
    }

    public Refusal refusal() {
        return refusal;
    }
}
