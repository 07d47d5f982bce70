package nl.veerkracht.region;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The rules every incoming commit of a regional plan must keep, checked before anything is merged.
 * A tip with a commit that breaks one is refused whole.
 */
public enum Rule {
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

    /** The rule in words, in the given language (Dutch unless English is asked for). */
    public String describe(Locale locale) {
        return ResourceBundle.getBundle("nl.veerkracht.region.messages", locale, Rule.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("rule." + name());
    }
}
