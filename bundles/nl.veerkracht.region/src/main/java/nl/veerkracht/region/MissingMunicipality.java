package nl.veerkracht.region;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.store.Trailers;

/**
 * Why a commit names no municipality ({@link Rule#MUNICIPALITY}), and how its author adds one. Such a commit
 * has no trailer {@code Veerkracht-Municipality} (it was made with plain Git), and its author's e-mail is
 * taken by no member's {@code emails} in the regional plan, or by two or more.
 *
 * @param matching the members whose {@code emails} take the author's address, sorted: two or more, or none
 * @param likely the municipality the author commits for, where the history tells: the one that the same
 *        author's earlier commits with a trailer name (among {@code matching}, if any match)
 */
public record MissingMunicipality(List<String> matching, Optional<String> likely) {

    /** What the amend command says where the municipality cannot be told. */
    public static final String PLACEHOLDER = "GMxxxx";

    public MissingMunicipality {
        matching = List.copyOf(matching);
        Objects.requireNonNull(likely);
    }

    /** The trailer the commit lacks: {@code Veerkracht-Municipality: GM0777}, or with {@link #PLACEHOLDER}. */
    public String trailer() {
        return Trailers.MUNICIPALITY + ": " + likely.orElse(PLACEHOLDER);
    }

    /** The command with which the author adds the trailer to the commit, as its last commit. */
    public String amendCommand() {
        return "git commit --amend --trailer \"" + trailer() + "\"";
    }

    /** Why the author's e-mail does not tell the municipality, in words. */
    public String why(Locale locale) {
        return matching.isEmpty() ? new RegionException("municipality.noMember").describe(locale)
                : new RegionException("municipality.ambiguous", String.join(", ", matching)).describe(locale);
    }

    /** What the author does about it: the amend command, and pushing the new commit again. */
    public String fix(Locale locale) {
        return new RegionException(likely.isPresent() ? "municipality.fix" : "municipality.fixPlaceholder",
                amendCommand(), PLACEHOLDER).describe(locale);
    }
}
