package nl.veerkracht.region;

import java.util.Locale;
import java.util.ResourceBundle;

import nl.veerkracht.store.ReceiveRule;

/**
 * The rules every incoming commit of a regional plan must keep, checked before anything is merged.
 * A tip with a commit that breaks one is refused whole. The first five are the store's rules on whatever
 * arrives from another repository ({@link ReceiveRule}), checked before anything of it is kept.
 */
public enum Rule {
    /** Every object is well-formed, as {@code git fsck} checks it, and readable: {@link ReceiveRule#WELL_FORMED}. */
    WELL_FORMED(ReceiveRule.WELL_FORMED),
    /** Only regular files: {@link ReceiveRule#REGULAR_FILES}. */
    REGULAR_FILES(ReceiveRule.REGULAR_FILES),
    /** Only plan files where the layout puts them: {@link ReceiveRule#PLAN_LAYOUT}. */
    PLAN_LAYOUT(ReceiveRule.PLAN_LAYOUT),
    /** A file within the size limit: {@link ReceiveRule#FILE_SIZE}. */
    FILE_SIZE(ReceiveRule.FILE_SIZE),
    /** A commit within the count limit: {@link ReceiveRule#FILE_COUNT}. */
    FILE_COUNT(ReceiveRule.FILE_COUNT),
    /** The files are valid plan files: they parse and validate, and so does the tip as a whole. */
    VALID_FILES,
    /**
     * The commit names its municipality: by the trailer {@code Veerkracht-Municipality}, or, made with plain
     * Git without one, by its author's e-mail, which exactly one member's {@code emails} take.
     */
    MUNICIPALITY,
    /** The commit's municipality is a member. */
    MEMBER,
    /** A member changes a shared action only if it takes part in it. */
    PARTICIPANT,
    /** A shared action is deleted only by its lead municipality. */
    DELETE_BY_LEAD,
    /** Only the coordinator changes the membership, the coordinator, the hub and whether commits are signed. */
    COORDINATOR,
    /** A member's own contribution to an action is changed only by that member. */
    OWN_CONTRIBUTION,
    /** Where the region asks for it, the commit is signed with the key the regional plan lists for its municipality. */
    SIGNATURE,
    /** The commit belongs to the same regional plan: a shared history, at most two parents. */
    HISTORY;

    /** For the store's rules, which one; {@code null} for the region's own. */
    private final ReceiveRule received;

    Rule() {
        this(null);
    }

    Rule(ReceiveRule received) {
        this.received = received;
    }

    /** The region's name of one of the store's rules on what arrives. */
    public static Rule of(ReceiveRule received) {
        for (Rule rule : values()) {
            if (rule.received == received) {
                return rule;
            }
        }
        throw new IllegalArgumentException(received.name());
    }

    /** The rule in words, in the given language (Dutch unless English is asked for). */
    public String describe(Locale locale) {
        if (received != null) {
            return received.describe(locale);
        }
        return ResourceBundle.getBundle("nl.veerkracht.region.messages", locale, Rule.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("rule." + name());
    }
}
