package nl.veerkracht.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

import nl.veerkracht.store.Author;
import nl.veerkracht.store.ReceiveRule;
import nl.veerkracht.store.ReceivedRefusedException;
import nl.veerkracht.store.Trailers;
import nl.veerkracht.store.TreeRules;

/**
 * Checks what another repository sent, before anything of it is kept: every commit that its tip brings (that
 * none of {@code known} reaches), oldest first, is well-formed ({@link StrictObjectChecker}, which checks its trees
 * too) and its files keep the {@link TreeRules}. A tree that the transfer brought with an unusual name (see
 * {@link StrictObjectChecker#unusualTrees()}) must belong to one of those commits, whose files the rules then refuse.
 * The first thing that breaks a rule is thrown as a {@link ReceivedRefusedException}, naming the commit (or the
 * malformed object).
 *
 * <p>Commits share most of their folders, so a folder is checked once per content (its tree's id) and place.
 */
public final class ReceivedObjects {

    /** What one folder (or the whole tree) holds: how many files, and the first rule they break. */
    private record Outcome(int files, Optional<TreeRules.Breach> breach) {
    }

    private final ObjectReader reader;
    private final String source;
    private final TreeRules.Limits limits;
    private final StrictObjectChecker checker = new StrictObjectChecker();
    private final Map<String, Outcome> folders = new HashMap<>();
    private final Map<ObjectId, Long> sizes = new HashMap<>();
    private final Set<ObjectId> seenTrees = new HashSet<>();

    private ReceivedObjects(ObjectReader reader, String source, TreeRules.Limits limits) {
        this.reader = reader;
        this.source = source;
        this.limits = limits;
    }

    /**
     * Checks the commits that {@code tip} brings over {@code known}, with the objects of {@code repository}.
     *
     * @param source where they came from, as a report may show it
     * @param unusualTrees the trees with an unusual name that the transfer brought
     * @throws ReceivedRefusedException when something breaks a rule
     */
    public static void check(Repository repository, ObjectId tip, Collection<ObjectId> known, String source,
            Set<ObjectId> unusualTrees, TreeRules.Limits limits) throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            new ReceivedObjects(reader, source, limits).check(tip, known, unusualTrees);
        }
    }

    private void check(ObjectId tip, Collection<ObjectId> known, Set<ObjectId> unusualTrees) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            RevObject object;
            try {
                object = walk.parseAny(tip);
            } catch (MissingObjectException e) {
                throw malformed("commit", tip, "missingObject");
            }
            if (!(object instanceof RevCommit start)) {
                throw malformed(Constants.typeString(object.getType()), tip, "notACommit");
            }
            walk.markStart(start);
            for (ObjectId id : known) {
                try {
                    walk.markUninteresting(walk.parseCommit(id));
                } catch (MissingObjectException | IncorrectObjectTypeException e) {
                    // not a commit of ours after all: it keeps nothing out of the check
                }
            }
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            for (RevCommit commit : commits(walk, tip)) {
                check(commit);
            }
        }
        for (ObjectId tree : unusualTrees) {
            if (!seenTrees.contains(tree)) {
                throw malformed("tree", tree, "unreferencedTree");
            }
        }
    }

    /** Every commit of the walk; a parent that is missing or not a commit makes the history malformed. */
    private List<RevCommit> commits(RevWalk walk, ObjectId tip) throws IOException {
        List<RevCommit> commits = new ArrayList<>();
        try {
            for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                commits.add(commit);
            }
        } catch (MissingObjectException e) {
            throw malformed("commit", e.getObjectId(), "missingObject");
        } catch (IncorrectObjectTypeException e) {
            throw malformed("commit", tip, "badParent");
        }
        return commits;
    }

    private void check(RevCommit commit) throws IOException {
        byte[] raw = reader.open(commit, Constants.OBJ_COMMIT).getCachedBytes();
        try {
            checker.check(commit, Constants.OBJ_COMMIT, raw);
        } catch (CorruptObjectException e) {
            throw malformed("commit", commit, checker.problem().map(StrictObjectChecker.Problem::id).orElse("malformed"));
        }
        Outcome outcome = folder(commit, commit.getTree(), "");
        Optional<TreeRules.Breach> breach = outcome.breach().or(() -> TreeRules.count(outcome.files(), limits));
        if (breach.isPresent()) {
            PersonIdent ident = commit.getAuthorIdent();
            throw new ReceivedRefusedException(source, "commit", commit.name(), breach.get().rule(),
                    breach.get().subject(), Optional.of(new Author(ident.getName(), ident.getEmailAddress())),
                    Trailers.municipality(commit.getFullMessage()));
        }
    }

    /** The folder {@code prefix} ("" for the whole tree, else ending in a slash) whose tree is {@code tree}. */
    private Outcome folder(RevCommit commit, ObjectId tree, String prefix) throws IOException {
        String key = prefix + tree.name();
        Outcome known = folders.get(key);
        if (known != null) {
            return known;
        }
        byte[] raw;
        try {
            raw = reader.open(tree, Constants.OBJ_TREE).getCachedBytes();
        } catch (MissingObjectException e) {
            throw malformed("tree", tree, "missingObject");
        } catch (IncorrectObjectTypeException e) {
            throw malformed("commit", commit, "badTree");
        }
        try {
            checker.check(tree, Constants.OBJ_TREE, raw);
        } catch (CorruptObjectException e) {
            throw malformed("tree", tree, checker.problem().map(StrictObjectChecker.Problem::id).orElse("malformed"));
        }
        seenTrees.add(tree.copy());
        int files = 0;
        Optional<TreeRules.Breach> breach = Optional.empty();
        CanonicalTreeParser entries = new CanonicalTreeParser();
        entries.reset(raw);
        for (; !entries.eof() && breach.isEmpty() && files <= limits.files(); entries.next(1)) {
            String path = prefix + entries.getEntryPathString();
            int mode = entries.getEntryRawMode();
            if (FileMode.TREE.equals(mode)) {
                breach = TreeRules.folder(path);
                if (breach.isEmpty()) {
                    Outcome inside = folder(commit, entries.getEntryObjectId(), path + "/");
                    files += inside.files();
                    breach = inside.breach();
                }
                continue;
            }
            files++;
            breach = TreeRules.file(path, mode);
            if (breach.isEmpty()) {
                breach = TreeRules.size(path, size(tree, entries.getEntryObjectId()), limits);
            }
        }
        Outcome outcome = new Outcome(files, breach);
        folders.put(key, outcome);
        return outcome;
    }

    private long size(ObjectId tree, ObjectId blob) throws IOException {
        Long known = sizes.get(blob);
        if (known != null) {
            return known;
        }
        long size;
        try {
            size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
        } catch (MissingObjectException e) {
            throw malformed("blob", blob, "missingObject");
        } catch (IncorrectObjectTypeException e) {
            throw malformed("tree", tree, "badType");
        }
        sizes.put(blob.copy(), size);
        return size;
    }

    private ReceivedRefusedException malformed(String type, ObjectId object, String problem) {
        return new ReceivedRefusedException(source, type, object.name(), ReceiveRule.WELL_FORMED, List.of(problem),
                Optional.empty(), Optional.empty());
    }
}
