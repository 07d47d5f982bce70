package nl.veerkracht.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The rules on what another repository may send (a member, a hub, a province), checked before any of it
 * is kept: a tip that breaks one is refused whole ({@link ReceivedRefusedException}). The rules on the files
 * of a commit are {@link TreeRules}.
 */
public enum ReceiveRule {
    /**
     * Every object is well-formed as {@code git fsck --strict} checks it (author and committer with a name,
     * an e-mail address, a date that does not overflow and a time zone; tree entries with valid names and
     * modes), and Veerkracht can read it: a date up to the year 9999, a name that is not blank.
     */
    WELL_FORMED,
    /** Only regular files (mode 100644): no symbolic links, submodules (gitlinks) or executable files. */
    REGULAR_FILES,
    /**
     * Only plan files where the plan's layout puts them ({@code plan.yaml}, {@code actions/<id>.yaml}, ...): no
     * other files, so no {@code .gitattributes}, {@code .gitmodules} or {@code README.md} either.
     */
    PLAN_LAYOUT,
    /** A file holds at most {@link TreeRules.Limits#fileBytes()} bytes. */
    FILE_SIZE,
    /** A commit holds at most {@link TreeRules.Limits#files()} files. */
    FILE_COUNT;

    /** The rule in words, in the given language (Dutch unless English is asked for). */
    public String describe(Locale locale) {
        String text = ResourceBundle.getBundle("nl.veerkracht.store.messages", locale,
                ReceiveRule.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("receiveRule." + name());
        return new MessageFormat(text, locale).format(new Object[] {TreeRules.Limits.DEFAULT.fileBytes(),
                TreeRules.Limits.DEFAULT.files()});
    }
}
