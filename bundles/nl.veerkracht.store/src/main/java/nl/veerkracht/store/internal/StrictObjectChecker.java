package nl.veerkracht.store.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.lib.ObjectId;

/**
 * JGit's object checks, made as strict as {@code git fsck --strict} (C git 2.39) and as Veerkracht needs to read
 * a commit at all. Compared with C git, JGit's own checker lets through: an author or committer date that
 * overflows ({@code 99999999999999999999}, a negative one), a zero-padded date, a malformed time zone, a name
 * that is missing or holds {@code >}, a NUL byte in a commit, and file modes other than Git's five
 * ({@code 100664}). Veerkracht adds: a date after the year 9999 (Java cannot represent it) and a blank name
 * (no author without one). Windows' and macOS's ways to write {@code .git} are refused as C git refuses them.
 *
 * <p>Remembers the first problem it found, by the names {@code git fsck} gives them ({@code missingEmail},
 * {@code badDateOverflow}), and the trees that hold a name outside a plain file name's characters
 * ({@code .gitattributes}, {@code git~1}): those never belong to a plan, so such a tree is only taken when it
 * is part of a commit whose files are checked (and refused) as a whole. One checker checks one transfer.
 */
public final class StrictObjectChecker extends ObjectChecker {

    /** The last moment a date in a commit may name, 9999-12-31T23:59:59Z: later ones Java cannot show. */
    static final long LAST_READABLE_DATE = 253402300799L;

    /** Git's five file modes (C git's {@code --strict} reports any other, such as 100664). */
    private static final Set<String> MODES = Set.of("100644", "100755", "120000", "160000", "40000");

    /** The files C git reads itself, which {@code git fsck} does not allow to be symbolic links. */
    private static final java.util.Map<String, String> SYMLINKED = java.util.Map.of(".gitmodules", "gitmodulesSymlink",
            ".gitattributes", "gitattributesSymlink", ".gitignore", "gitignoreSymlink", ".mailmap", "mailmapSymlink");

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final byte[] AUTHOR = Constants.encodeASCII("author ");
    private static final byte[] COMMITTER = Constants.encodeASCII("committer ");

    /** A problem with one object, named as {@code git fsck} names it. */
    public record Problem(ObjectId object, String type, String id) {
    }

    private Problem first;
    private final Set<ObjectId> unusualTrees = new HashSet<>();

    public StrictObjectChecker() {
        setSafeForWindows(true);
        setSafeForMacOS(true);
    }

    /** The first problem this checker found, if any. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(first);
    }

    /** The trees it checked that hold a name outside a plain file name's characters. */
    public Set<ObjectId> unusualTrees() {
        return Set.copyOf(unusualTrees);
    }

    @Override
    public void check(AnyObjectId id, int objectType, byte[] raw) throws CorruptObjectException {
        try {
            super.check(id, objectType, raw);
        } catch (CorruptObjectException e) {
            note(id, objectType, e.getErrorType() == null ? "malformed" : e.getErrorType().getMessageId());
            throw e;
        }
    }

    @Override
    public void checkCommit(AnyObjectId id, byte[] raw) throws CorruptObjectException {
        super.checkCommit(id, raw);
        for (byte b : raw) {
            if (b == 0) {
                throw fail(id, Constants.OBJ_COMMIT, "nulInCommit");
            }
        }
        int line = 0;
        while (line < raw.length && raw[line] != '\n') {
            int end = endOfLine(raw, line);
            if (end == raw.length) {
                throw fail(id, Constants.OBJ_COMMIT, "unterminatedHeader");
            }
            for (byte[] prefix : new byte[][] {AUTHOR, COMMITTER}) {
                if (startsWith(raw, line, prefix)) {
                    String problem = identProblem(raw, line + prefix.length, end);
                    if (problem != null) {
                        throw fail(id, Constants.OBJ_COMMIT, problem);
                    }
                }
            }
            line = end + 1;
        }
    }

    @Override
    public void checkTree(AnyObjectId id, byte[] raw) throws CorruptObjectException {
        super.checkTree(id, raw);
        int p = 0;
        while (p < raw.length) {
            int space = p;
            while (raw[space] != ' ') {
                space++;
            }
            String mode = new String(raw, p, space - p, java.nio.charset.StandardCharsets.US_ASCII);
            if (!MODES.contains(mode)) {
                throw fail(id, Constants.OBJ_TREE, "badFilemode");
            }
            int nul = space + 1;
            while (raw[nul] != 0) {
                nul++;
            }
            String name = new String(raw, space + 1, nul - space - 1, java.nio.charset.StandardCharsets.UTF_8);
            String linked = SYMLINKED.get(name.toLowerCase(java.util.Locale.ROOT));
            if (mode.equals("120000") && linked != null) {
                throw fail(id, Constants.OBJ_TREE, linked);
            }
            if (!PLAIN_NAME.matcher(name).matches()) {
                unusualTrees.add(id.copy());
            }
            p = nul + 1 + Constants.OBJECT_ID_LENGTH;
        }
    }

    /**
     * What is wrong with an author or committer line from {@code start} (after {@code author }) to {@code end}
     * (its newline), as C git's {@code fsck_ident} says it, or what Veerkracht cannot read; {@code null} when
     * nothing is.
     */
    static String identProblem(byte[] raw, int start, int end) {
        int p = start;
        if (p < end && raw[p] == '<') {
            return "missingNameBeforeEmail";
        }
        p = until(raw, p, end);
        if (p < end && raw[p] == '>') {
            return "badName";
        }
        if (p >= end || raw[p] != '<') {
            return "missingEmail";
        }
        if (raw[p - 1] != ' ') {
            return "missingSpaceBeforeEmail";
        }
        if (isBlank(raw, start, p)) {
            return "blankName";
        }
        p = until(raw, p + 1, end);
        if (p >= end || raw[p] != '>') {
            return "badEmail";
        }
        p++;
        if (p >= end || raw[p] != ' ') {
            return "missingSpaceBeforeDate";
        }
        p++;
        if (p + 1 < end && raw[p] == '0' && raw[p + 1] != ' ') {
            return "zeroPaddedDate";
        }
        int digits = p;
        while (p < end && raw[p] >= '0' && raw[p] <= '9') {
            p++;
        }
        if (p == digits) {
            // C git reads a sign and then overflows (-5 is a date far beyond 2^63)
            return p < end && raw[p] == '-' ? "badDateOverflow" : "badDate";
        }
        long date;
        try {
            date = Long.parseLong(new String(raw, digits, p - digits, java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return "badDateOverflow";
        }
        if (date > LAST_READABLE_DATE) {
            return "dateOutOfRange";
        }
        if (p >= end || raw[p] != ' ') {
            return "badDate";
        }
        p++;
        boolean zone = end - p == 5 && (raw[p] == '+' || raw[p] == '-');
        for (int i = p + 1; zone && i < end; i++) {
            zone = raw[i] >= '0' && raw[i] <= '9';
        }
        return zone ? null : "badTimezone";
    }

    /** The first {@code <}, {@code >} or the end of the line from {@code p}. */
    private static int until(byte[] raw, int p, int end) {
        while (p < end && raw[p] != '<' && raw[p] != '>') {
            p++;
        }
        return p;
    }

    private static boolean isBlank(byte[] raw, int from, int to) {
        for (int i = from; i < to; i++) {
            if (raw[i] != ' ' && raw[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int endOfLine(byte[] raw, int p) {
        while (p < raw.length && raw[p] != '\n') {
            p++;
        }
        return p;
    }

    private static boolean startsWith(byte[] raw, int at, byte[] prefix) {
        if (raw.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (raw[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private CorruptObjectException fail(AnyObjectId id, int objectType, String problem) {
        note(id, objectType, problem);
        return new CorruptObjectException(id, problem);
    }

    private void note(AnyObjectId id, int objectType, String problem) {
        if (first == null) {
            first = new Problem(id == null ? ObjectId.zeroId() : id.copy(), Constants.typeString(objectType), problem);
        }
    }
}
