package nl.veerkracht.model.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The e-mail patterns of a region's members ({@code members[].emails}): an address
 * ({@code j.devries@breda.nl}), or {@code *} for the whole local part and a domain
 * ({@code *@etten-leur.nl}, which matches every address at exactly that domain, not at its
 * subdomains). Matching ignores case.
 */
public final class EmailPatterns {

    /** The characters of a local part as RFC 5322's dot-atom has them, less {@code *}. */
    private static final String ATOM = "[A-Za-z0-9!#$%&'+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?";
    private static final Pattern PATTERN = Pattern.compile(
            "(\\*|" + ATOM + "(\\." + ATOM + ")*)@" + LABEL + "(\\." + LABEL + ")+");

    /** A pattern's whole local part when it stands for any. */
    private static final String ANY = "*@";

    private EmailPatterns() {
    }

    /** Whether {@code text} is a pattern: an address, or {@code *@} and a domain of at least two labels. */
    public static boolean isPattern(String text) {
        return PATTERN.matcher(text).matches();
    }

    /**
     * Whether {@code address} (an author's e-mail as Git records it) matches {@code pattern}: the same
     * address, or for {@code *@domain} any non-empty local part at that domain; both ignoring case.
     * A pattern that is not one ({@link #isPattern(String)}) matches nothing.
     */
    public static boolean matches(String pattern, String address) {
        if (!isPattern(pattern)) {
            return false;
        }
        String email = address.strip().toLowerCase(Locale.ROOT);
        String wanted = pattern.toLowerCase(Locale.ROOT);
        if (!wanted.startsWith(ANY)) {
            return email.equals(wanted);
        }
        int at = email.lastIndexOf('@');
        return at > 0 && email.substring(at + 1).equals(wanted.substring(ANY.length()));
    }
}
