package nl.veerkracht.store.internal;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LogCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import nl.veerkracht.store.Author;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.Trailers;

/**
 * Questions about the history of a repository: the commits that changed some files, the commits one tip
 * brings over another, one commit, whether one commit is an ancestor of another, and merge bases. Every
 * commit is answered as a {@link HistoryEntry}, with the paths it changed against its first parent.
 */
public final class HistoryQueries {

    private final GitRepository git;
    private final Repository repository;

    public HistoryQueries(GitRepository git) {
        this.git = git;
        this.repository = git.repository();
    }

    /**
     * The commits on {@code main} that changed any of {@code paths} (all commits when empty), newest
     * first.
     */
    public List<HistoryEntry> history(Collection<String> paths) {
        if (git.head().isEmpty()) {
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        try (Git jgit = new Git(repository); ObjectReader reader = repository.newObjectReader()) {
            LogCommand log = jgit.log().add(repository.resolve(Constants.R_HEADS + PlanRepository.BRANCH));
            paths.forEach(log::addPath);
            for (RevCommit commit : log.call()) {
                entries.add(entryOf(commit, reader));
            }
        } catch (GitAPIException | IOException e) {
            throw git.unreadable(e);
        }
        return entries;
    }

    private HistoryEntry entryOf(RevCommit commit, ObjectReader reader) throws IOException {
        PersonIdent ident = commit.getAuthorIdent();
        OffsetDateTime when = OffsetDateTime.ofInstant(ident.getWhenAsInstant(),
                ident.getZoneOffset() == null ? ZoneOffset.UTC : ident.getZoneOffset());
        List<String> parents = new ArrayList<>();
        for (RevCommit parent : commit.getParents()) {
            parents.add(parent.name());
        }
        return new HistoryEntry(commit.name(), when, new Author(ident.getName(), ident.getEmailAddress()),
                Trailers.municipality(commit.getFullMessage()), commit.getShortMessage(), commit.getFullMessage(),
                parents, changedPaths(commit, reader));
    }

    private List<String> changedPaths(RevCommit commit, ObjectReader reader) throws IOException {
        List<String> changed = new ArrayList<>();
        try (RevWalk walk = new RevWalk(reader); TreeWalk tree = new TreeWalk(reader)) {
            if (commit.getParentCount() > 0) {
                tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            } else {
                tree.addTree(new EmptyTreeIterator());
            }
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                changed.add(tree.getPathString());
            }
        }
        return changed;
    }

    /** Whether {@code ancestor} is {@code descendant} or one of its ancestors. */
    public boolean isAncestor(String ancestor, String descendant) {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(walk.parseCommit(ObjectId.fromString(ancestor)),
                    walk.parseCommit(ObjectId.fromString(descendant)));
        } catch (IOException e) {
            throw git.unreadable(e);
        }
    }

    /**
     * The best common ancestors of two commits, sorted by id: one for an ordinary history, several
     * after criss-cross merges, none for unrelated histories.
     */
    public List<String> mergeBases(String first, String second) {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(ObjectId.fromString(first)));
            walk.markStart(walk.parseCommit(ObjectId.fromString(second)));
            List<String> bases = new ArrayList<>();
            for (RevCommit base : walk) {
                bases.add(base.name());
            }
            bases.sort(Comparator.naturalOrder());
            return bases;
        } catch (IOException e) {
            throw git.unreadable(e);
        }
    }

    /** The commits reachable from {@code tip} but not from {@code known}, oldest first. */
    public List<HistoryEntry> commitsBetween(Optional<String> known, String tip) {
        List<HistoryEntry> entries = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            walk.markStart(walk.parseCommit(ObjectId.fromString(tip)));
            if (known.isPresent()) {
                walk.markUninteresting(walk.parseCommit(ObjectId.fromString(known.get())));
            }
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            for (RevCommit commit : walk) {
                entries.add(entryOf(commit, reader));
            }
        } catch (IOException e) {
            throw git.unreadable(e);
        }
        return entries;
    }

    /** One commit, as the history shows it. */
    public HistoryEntry commit(String commitId) {
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            return entryOf(walk.parseCommit(ObjectId.fromString(commitId)), reader);
        } catch (IOException e) {
            throw git.unreadable(e);
        }
    }
}
