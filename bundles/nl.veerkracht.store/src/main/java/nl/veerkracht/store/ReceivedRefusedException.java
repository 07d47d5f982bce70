package nl.veerkracht.store;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What another repository sent breaks a {@link ReceiveRule}: its tip is refused whole, and nothing of it was
 * kept (no object, no ref). Names the first object that breaks a rule: the commit whose files break a
 * {@link TreeRules} rule, or the malformed object itself (a commit, a tree).
 */
public final class ReceivedRefusedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String objectType;
    private final String objectId;
    private final ReceiveRule rule;
    private final List<String> subject;
    private final transient Optional<Author> author;
    private final transient Optional<String> municipality;

    /**
     * @param source where it came from, as a report may show it (no password)
     * @param objectType {@code commit}, {@code tree}, ... as Git names the type of the object
     * @param objectId the object's id
     * @param rule the rule it breaks
     * @param subject what breaks it: a path and a mode or size, or for {@link ReceiveRule#WELL_FORMED} the
     *        problem as {@code git fsck} names it ({@code missingEmail}, {@code badDateOverflow})
     * @param author for a commit that can be read, who made it
     * @param municipality for a commit that can be read, the municipality its trailer names
     */
    public ReceivedRefusedException(String source, String objectType, String objectId, ReceiveRule rule,
            List<String> subject, Optional<Author> author, Optional<String> municipality) {
        super("received.refused", objectType + " " + shortId(objectId), source, rule, String.join(" ", subject));
        this.objectType = Objects.requireNonNull(objectType);
        this.objectId = Objects.requireNonNull(objectId);
        this.rule = Objects.requireNonNull(rule);
        this.subject = List.copyOf(subject);
        this.author = Objects.requireNonNull(author);
        this.municipality = Objects.requireNonNull(municipality);
    }

    private static String shortId(String id) {
        return id.substring(0, Math.min(10, id.length()));
    }

    /** {@code commit} for a commit whose files break a rule (or that is malformed itself), else the malformed object's type. */
    public String objectType() {
        return objectType;
    }

    /** The id of the commit, or of the malformed object. */
    public String objectId() {
        return objectId;
    }

    public ReceiveRule rule() {
        return rule;
    }

    public List<String> subject() {
        return subject;
    }

    public Optional<Author> author() {
        return author;
    }

    public Optional<String> municipality() {
        return municipality;
    }

    @Override
    protected Object say(Object argument, Locale locale) {
        return argument instanceof ReceiveRule said ? said.describe(locale) : argument;
    }
}
