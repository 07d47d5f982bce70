package nl.veerkracht.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Git URLs as a user may see them: never with a password. Credentials belong in {@code ~/.netrc},
 * {@code ~/.git-credentials} or {@code ~/.ssh}, not in a URL that is written into a plan, a commit
 * message, a report or a terminal. A user name alone ({@code https://breda@git.example.nl/...},
 * {@code git@git.example.nl:regio.git}) is no secret and stays.
 */
public final class RemoteUrls {

    /** {@code scheme://user:password@}: the user name (group 1) and the password (group 2). */
    private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)([^/@\\s:]*):([^/@\\s]*)@");

    private RemoteUrls() {
    }

    /** Whether {@code url} carries a password in its user info ({@code https://user:secret@host/...}). */
    public static boolean hasPassword(String url) {
        return USER_INFO.matcher(url).find();
    }

    /**
     * {@code url}, or any text that holds URLs (an error message of a Git transport), with every password
     * taken out of the URLs' user info: {@code http://user:secret@host/x} becomes {@code http://user@host/x}.
     */
    public static String withoutPasswords(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = USER_INFO.matcher(text);
        StringBuilder shown = new StringBuilder();
        while (matcher.find()) {
            String user = matcher.group(2);
            matcher.appendReplacement(shown, Matcher.quoteReplacement(matcher.group(1) + (user.isEmpty() ? "" : user + "@")));
        }
        return matcher.appendTail(shown).toString();
    }

    /**
     * Whether {@code url} names a folder on this machine (a path, or a {@code file://} URL) rather than a
     * network remote ({@code https://...}, {@code ssh://...}, {@code git://...}, or C Git's scp-like
     * {@code [user@]host:path}, whose colon comes before any slash).
     */
    public static boolean isLocalFolder(String url) {
        int scheme = url.indexOf("://");
        if (scheme > 0) {
            return url.startsWith("file://");
        }
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        boolean driveLetter = colon == 1 && Character.isLetter(url.charAt(0));
        return colon <= 0 || driveLetter || slash >= 0 && slash < colon;
    }

    /**
     * Refuses a URL that carries a password, for the commands that record a URL (create a region, add a
     * member, join, follow a province).
     *
     * @throws StoreException {@code url.password}, naming the URL without its password
     */
    public static String requireNoPassword(String url) {
        if (hasPassword(url)) {
            throw new StoreException("url.password", withoutPasswords(url));
        }
        return url;
    }
}
