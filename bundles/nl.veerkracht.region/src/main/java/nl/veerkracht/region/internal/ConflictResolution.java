package nl.veerkracht.region.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.merge.MergeResult;
import nl.veerkracht.merge.Resolution;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.region.ResolutionChoice;
import nl.veerkracht.region.ResolveOutcome;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.WorkspaceLock;

/**
 * The conflicts of the pending merges of a workspace's regional plans ({@link PendingMergeFile}): listed,
 * and answered one field at a time.
 */
final class ConflictResolution {

    private ConflictResolution() {
    }

    /** Every merge of the workspace that waits on conflicts, recomputed with the answers given so far. */
    static List<PendingMerge> conflicts(Workspace workspace) {
        List<PendingMerge> merges = new ArrayList<>();
        for (RepositoryName name : RegionFolders.all(workspace)) {
            Optional<StoredMerge> stored = PendingMergeFile.read(workspace.stateOf(name));
            if (stored.isEmpty()) {
                continue;
            }
            try (RegionRepository repository = new RegionRepository(workspace.open(name))) {
                merges.add(PendingMerges.view(name, repository,
                        PendingMerges.recompute(repository, new MergeBase(repository), stored.get())));
            }
        }
        return merges;
    }

    /** Answers one conflict of a pending merge; the merge is recorded once every conflict has an answer. */
    static ResolveOutcome resolve(Workspace workspace, String entity, FieldPath field, ResolutionChoice choice,
            Optional<String> region) {
        try (WorkspaceLock lock = workspace.lock(RegionFolders.LOCK_WAIT, owner -> { })) {
            record Match(RepositoryName name, StoredMerge stored, FieldConflict conflict) {
            }
            List<Match> matches = new ArrayList<>();
            for (RepositoryName name : RegionFolders.all(workspace)) {
                if (region.isPresent() && !name.name().equals(region.get())) {
                    continue;
                }
                Optional<StoredMerge> stored = PendingMergeFile.read(workspace.stateOf(name));
                if (stored.isEmpty()) {
                    continue;
                }
                try (RegionRepository repository = new RegionRepository(workspace.open(name))) {
                    MergeResult resolved = PendingMerges.recompute(repository, new MergeBase(repository), stored.get())
                            .resolved();
                    List<FieldConflict> found = resolved.conflictsOf(entity, field);
                    if (found.size() > 1) {
                        throw new RegionException("resolve.ambiguous", entity,
                                String.join(", ", found.stream().map(FieldConflict::path).toList()));
                    }
                    found.forEach(conflict -> matches.add(new Match(name, stored.get(), conflict)));
                }
            }
            if (matches.isEmpty()) {
                throw new RegionException("resolve.unknown", entity, field.isRoot() ? "(geheel)" : field.toString());
            }
            if (matches.size() > 1) {
                throw new RegionException("resolve.ambiguousRegion", entity,
                        String.join(", ", matches.stream().map(match -> match.name().name()).toList()));
            }
            Match match = matches.get(0);
            FieldConflict conflict = match.conflict();
            Resolution resolution = switch (choice.kind()) {
                case OURS -> Resolution.ours(conflict);
                case THEIRS -> Resolution.theirs(conflict);
                case VALUE -> Resolution.value(conflict, value(conflict, choice.value().orElseThrow()));
            };
            StoredMerge answered = match.stored().with(resolution);
            try (RegionRepository repository = new RegionRepository(workspace.open(match.name()))) {
                PendingMerges.Recomputed recomputed;
                try {
                    recomputed = PendingMerges.recompute(repository, new MergeBase(repository), answered);
                } catch (IllegalArgumentException e) {
                    throw new RegionException(e, "resolve.badValue", conflict.path(), String.valueOf(e.getMessage()));
                }
                Map<String, String> files = recomputed.merge().files(repository, recomputed.resolved().merged());
                List<Problem> problems = repository.read(files).problems().stream()
                        .filter(problem -> problem.path().equals(conflict.path())).toList();
                if (!problems.isEmpty()) {
                    throw new RegionException("resolve.invalid", problems.get(0));
                }
                PendingMergeFile.write(workspace.stateOf(match.name()), answered);
                return new ResolveOutcome(PendingMerges.view(match.name(), repository, recomputed), conflict,
                        resolution.value());
            }
        } catch (IOException e) {
            throw new StoreException(e, "workspace.lockFailed", workspace.root(), e.getMessage());
        }
    }

    private static Node value(FieldConflict conflict, String text) {
        try {
            return PlanFiles.readValue(conflict.path(), conflict.field(), text);
        } catch (PlanFileException e) {
            throw new RegionException(e, "resolve.valueUnreadable", text, e.problems().get(0));
        }
    }
}
