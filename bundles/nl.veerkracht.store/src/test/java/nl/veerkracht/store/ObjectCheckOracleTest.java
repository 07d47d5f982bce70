package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.junit.ClientProcess;
import nl.veerkracht.store.internal.StrictObjectChecker;

/**
 * C git is the oracle of what a well-formed object is: every crafted commit and tree below is written into one
 * repository, {@code git fsck --strict} says which it complains about, and Veerkracht's checker must refuse
 * exactly those, plus the few it refuses on its own account (a date Java cannot show, a blank name, a name
 * Windows cannot have). The same run records which of them JGit's own checker lets through.
 */
class ObjectCheckOracleTest {

    private static final String COMMITTER = "committer C <c@e.nl> 1700000000 +0000\n";

    /** What Veerkracht refuses although C git accepts it. */
    private static final Set<String> VEERKRACHT_ONLY = Set.of("dateOutOfRange 9223372036854775807",
            "dateOutOfRange 100000000000000000", "blankName", "windowsName escape", "windowsName colon");

    /**
     * What JGit's own checker (as {@code FetchCommand.setCheckFetchedObjects(true)} makes it) lets through and C
     * git does not: why Veerkracht has a checker of its own.
     */
    private static final Set<String> JGIT_MISSES = Set.of("badDateOverflow 2^64+", "badDateOverflow 2^63",
            "badDateOverflow negative", "zeroPaddedDate", "badTimezone", "nulInCommit", "missingNameBeforeEmail",
            "badName", "badFilemode 100664", "badFilemode 100600", "hasDotgit macOS", "gitmodulesSymlink", "gitmodulesSymlink upper case",
            "gitattributesSymlink", "gitignoreSymlink", "mailmapSymlink");

    @TempDir
    Path temp;

    @Test
    void veerkrachtRefusesWhatCGitFsckComplainsAbout() throws Exception {
        CGit git = new CGit(Files.createDirectories(temp.resolve("home")));
        Path directory = temp.resolve("objects");
        Map<String, ObjectId> commits = new LinkedHashMap<>();
        Map<String, ObjectId> trees = new LinkedHashMap<>();
        Map<ObjectId, byte[]> raw = new TreeMap<>();
        try (PlanRepository repository = PlanRepository.create(directory);
                ObjectInserter inserter = repository.repository().newObjectInserter()) {
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, "id: x\n".getBytes(StandardCharsets.UTF_8));
            ObjectId emptyTree = inserter.insert(Constants.OBJ_TREE, new byte[0]);
            for (Map.Entry<String, String> commit : commitCases().entrySet()) {
                byte[] bytes = ("tree " + emptyTree.name() + "\n" + commit.getValue())
                        .getBytes(StandardCharsets.ISO_8859_1);
                ObjectId id = inserter.insert(Constants.OBJ_COMMIT, bytes);
                commits.put(commit.getKey(), id);
                raw.put(id, bytes);
            }
            for (Map.Entry<String, List<String[]>> tree : treeCases().entrySet()) {
                byte[] bytes = tree(tree.getValue(), blob, emptyTree);
                ObjectId id = inserter.insert(Constants.OBJ_TREE, bytes);
                trees.put(tree.getKey(), id);
                raw.put(id, bytes);
            }
            inserter.flush();
        }
        Set<String> complained = complaints(git.run(directory, "fsck", "--strict", "--no-dangling"));

        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        Set<String> jgitMisses = new TreeSet<>();
        Map<String, ObjectId> all = new LinkedHashMap<>(commits);
        all.putAll(trees);
        for (Map.Entry<String, ObjectId> object : all.entrySet()) {
            String name = object.getKey();
            boolean cGitRefuses = complained.contains(object.getValue().name());
            expected.put(name, cGitRefuses || VEERKRACHT_ONLY.contains(name) ? "refused" : "accepted");
            int type = commits.containsKey(name) ? Constants.OBJ_COMMIT : Constants.OBJ_TREE;
            actual.put(name, refuses(new StrictObjectChecker(), object.getValue(), type, raw.get(object.getValue()))
                    ? "refused" : "accepted");
            if (cGitRefuses && !refuses(new ObjectChecker(), object.getValue(), type, raw.get(object.getValue()))) {
                jgitMisses.add(name);
            }
        }
        assertEquals(expected, actual);
        assertEquals(new TreeSet<>(JGIT_MISSES), jgitMisses);
    }

    /** The commits after their tree line. */
    private static Map<String, String> commitCases() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("sound", "author A <a@b.nl> 1700000000 +0100\n" + COMMITTER + "\nx\n");
        cases.put("sound with an odd zone", "author A <a@b.nl> 1700000000 +9999\n" + COMMITTER + "\nx\n");
        cases.put("sound at 1970", "author A <a@b.nl> 0 +0000\n" + COMMITTER + "\nx\n");
        cases.put("sound without an address", "author A <> 1700000000 +0000\n" + COMMITTER + "\nx\n");
        cases.put("sound with an escape in the name", "author \u001b[2J <a@b.nl> 1700000000 +0000\n" + COMMITTER
                + "\nx\n");
        cases.put("badDateOverflow 2^64+", "author A <a@b.nl> 99999999999999999999 +0000\n" + COMMITTER + "\nx\n");
        cases.put("badDateOverflow 2^63", "author A <a@b.nl> 9223372036854775808 +0000\n" + COMMITTER + "\nx\n");
        cases.put("badDateOverflow negative", "author A <a@b.nl> -5 +0000\n" + COMMITTER + "\nx\n");
        cases.put("dateOutOfRange 9223372036854775807", "author A <a@b.nl> 9223372036854775807 +0000\n" + COMMITTER
                + "\nx\n");
        cases.put("dateOutOfRange 100000000000000000", "author A <a@b.nl> 100000000000000000 +0000\n" + COMMITTER
                + "\nx\n");
        cases.put("missingAuthor", COMMITTER + "\nx\n");
        cases.put("missingCommitter", "author A <a@b.nl> 1700000000 +0000\n\nx\n");
        cases.put("missingEmail", "author garbage\n" + COMMITTER + "\nx\n");
        cases.put("missingEmail committer", "author A <a@b.nl> 1700000000 +0000\ncommitter garbage 1 +0000\n\nx\n");
        cases.put("missingSpaceBeforeDate", "author A <a@b.nl>1700000000 +0000\n" + COMMITTER + "\nx\n");
        cases.put("zeroPaddedDate", "author A <a@b.nl> 01700000000 +0000\n" + COMMITTER + "\nx\n");
        cases.put("badTimezone", "author A <a@b.nl> 1700000000 +99\n" + COMMITTER + "\nx\n");
        cases.put("nulInCommit", "author A <a@b.nl> 1700000000 +0000\n" + COMMITTER + "\nx\u0000y\n");
        cases.put("missingNameBeforeEmail", "author <a@b.nl> 1700000000 +0000\n" + COMMITTER + "\nx\n");
        cases.put("badName", "author A>B <a@b.nl> 1700000000 +0000\n" + COMMITTER + "\nx\n");
        cases.put("multipleAuthors", "author A <a@b.nl> 1700000000 +0000\nauthor B <b@b.nl> 1700000000 +0000\n"
                + COMMITTER + "\nx\n");
        cases.put("blankName", "author  <a@b.nl> 1700000000 +0000\n" + COMMITTER + "\nx\n");
        return cases;
    }

    /** The trees, as mode and name (a blob for a file, the empty tree for a folder, a commit id for a gitlink). */
    private static Map<String, List<String[]>> treeCases() {
        Map<String, List<String[]>> cases = new LinkedHashMap<>();
        cases.put("sound tree", List.<String[]>of(new String[] {"40000", "actions"}, new String[] {"100644", "plan.yaml"}));
        cases.put("sound executable", List.<String[]>of(new String[] {"100755", "x.yaml"}));
        cases.put("sound symbolic link", List.<String[]>of(new String[] {"120000", "x.yaml"}));
        cases.put("sound gitlink", List.<String[]>of(new String[] {"160000", "sub"}));
        cases.put("badFilemode 100664", List.<String[]>of(new String[] {"100664", "x.yaml"}));
        cases.put("badFilemode 100600", List.<String[]>of(new String[] {"100600", "x.yaml"}));
        cases.put("zeroPaddedFilemode", List.<String[]>of(new String[] {"040000", "actions"}));
        cases.put("hasDotgit", List.<String[]>of(new String[] {"100644", ".git"}));
        cases.put("hasDotgit upper case", List.<String[]>of(new String[] {"100644", ".GIT"}));
        cases.put("hasDotgit Windows", List.<String[]>of(new String[] {"100644", "git~1"}));
        cases.put("hasDotgit macOS", List.<String[]>of(new String[] {"100644", ".g\u200cit"}));
        cases.put("hasDot", List.<String[]>of(new String[] {"100644", "."}));
        cases.put("hasDotdot", List.<String[]>of(new String[] {"100644", ".."}));
        cases.put("fullPathname", List.<String[]>of(new String[] {"100644", "a/b"}));
        cases.put("duplicateEntries", List.<String[]>of(new String[] {"100644", "a"}, new String[] {"100644", "a"}));
        cases.put("treeNotSorted", List.<String[]>of(new String[] {"100644", "b"}, new String[] {"100644", "a"}));
        cases.put("gitmodulesSymlink", List.<String[]>of(new String[] {"120000", ".gitmodules"}));
        cases.put("gitmodulesSymlink upper case", List.<String[]>of(new String[] {"120000", ".GITMODULES"}));
        cases.put("gitattributesSymlink", List.<String[]>of(new String[] {"120000", ".gitattributes"}));
        cases.put("gitignoreSymlink", List.<String[]>of(new String[] {"120000", ".gitignore"}));
        cases.put("mailmapSymlink", List.<String[]>of(new String[] {"120000", ".mailmap"}));
        cases.put("windowsName escape", List.<String[]>of(new String[] {"100644", "a\u001b[2J"}));
        cases.put("windowsName colon", List.<String[]>of(new String[] {"100644", "a:b"}));
        return cases;
    }

    private static byte[] tree(List<String[]> entries, ObjectId blob, ObjectId emptyTree) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (String[] entry : entries) {
            raw.writeBytes((entry[0] + " " + entry[1]).getBytes(StandardCharsets.UTF_8));
            raw.write(0);
            ObjectId id = entry[0].endsWith("40000") ? emptyTree : entry[0].equals("160000")
                    ? ObjectId.fromString("0123456789012345678901234567890123456789") : blob;
            byte[] binary = new byte[Constants.OBJECT_ID_LENGTH];
            id.copyRawTo(binary, 0);
            raw.writeBytes(binary);
        }
        return raw.toByteArray();
    }

    private static boolean refuses(ObjectChecker checker, ObjectId id, int type, byte[] raw) {
        try {
            checker.check(id, type, raw);
            return false;
        } catch (CorruptObjectException e) {
            return true;
        }
    }

    /** The ids of the objects that {@code git fsck} names in an error or warning. */
    private static Set<String> complaints(ClientProcess.Result fsck) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\b([0-9a-f]{40})\\b").matcher(fsck.out() + fsck.err());
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
