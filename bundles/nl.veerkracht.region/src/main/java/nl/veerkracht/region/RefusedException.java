package nl.veerkracht.region;

import java.util.Objects;

/**
 * A regional plan whose history breaks a rule of the region (joining it is refused), or a commit of one's
 * own that breaks one (the other members would refuse it, so it is not recorded): the command line answers
 * it with exit code 4, like a tip that {@code sync} refuses.
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

    /**
     * A refusal said with a message of its own: {@code key} of this bundle's texts, with {@code args} (a
     * {@link Rule} is said in words, a {@link nl.veerkracht.model.validation.Problem} as
     * {@code file:line:column: message}).
     */
    public RefusedException(Refusal refusal, String key, Object... args) {
        super(key, args);
        this.refusal = Objects.requireNonNull(refusal);
    }

    public Refusal refusal() {
        return refusal;
    }
}
