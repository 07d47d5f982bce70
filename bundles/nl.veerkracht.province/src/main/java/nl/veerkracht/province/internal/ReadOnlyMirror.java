package nl.veerkracht.province.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import nl.veerkracht.province.MirrorUpdate.Status;
import nl.veerkracht.province.MirrorUpdate;
import nl.veerkracht.store.FileTrees;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * A repository of the workspace that Veerkracht only ever fast-forwards: a province's programme, another
 * member's plan. Whatever else it finds (a remote that rewrote its history, a commit or a change made
 * by hand in the mirror) stops that mirror with nothing changed: not the branch, not the files, not
 * the tracking ref.
 */
final class ReadOnlyMirror {

    static final String REMOTE = "origin";

    private ReadOnlyMirror() {
    }

    /** Brings the mirror {@code name} up to date with {@code url} (or the URL its configuration records). */
    static MirrorUpdate update(Workspace workspace, RepositoryName name, String displayName, Optional<String> url) {
        try (PlanRepository mirror = workspace.open(name)) {
            mirror.recoverInterruptedUpdate(workspace.stateOf(name));
            Optional<String> source = url.or(() -> mirror.remoteUrl(REMOTE));
            if (source.isEmpty()) {
                return new MirrorUpdate(name, displayName, Status.NO_URL, mirror.head(), mirror.head(), 0, Optional.empty());
            }
            Optional<String> head = mirror.head();
            if (!mirror.isClean()) {
                return new MirrorUpdate(name, displayName, Status.LOCAL_CHANGES, head, head, 0, Optional.empty());
            }
            String tracking = PlanRepository.trackingRef(REMOTE);
            Optional<String> known = mirror.commitOf(tracking);
            Optional<String> tip;
            try {
                tip = mirror.fetch(RemoteAccess.of(workspace), source.get(), REMOTE);
            } catch (StoreException e) {
                return new MirrorUpdate(name, displayName, Status.UNREACHABLE, head, head, 0, Optional.of(e));
            }
            if (tip.isEmpty() || tip.equals(head)) {
                return new MirrorUpdate(name, displayName, Status.UP_TO_DATE, head, head, 0, Optional.empty());
            }
            if (head.isEmpty() || mirror.isAncestor(head.get(), tip.get())) {
                int commits = mirror.commitsBetween(head, tip.get()).size();
                mirror.advanceBranch(head, tip.get(), workspace.stateOf(name));
                if (url.isPresent() && !url.equals(mirror.remoteUrl(REMOTE))) {
                    mirror.setRemote(REMOTE, url.get());
                }
                return new MirrorUpdate(name, displayName, Status.UPDATED, head, tip, commits, Optional.empty());
            }
            // not a fast-forward: put the tracking ref back where it was, so that nothing changed
            if (known.isPresent()) {
                mirror.keepRef(tracking, known.get());
            } else {
                mirror.deleteRef(tracking);
            }
            boolean rewritten = known.isPresent() && mirror.isAncestor(head.get(), known.get());
            return new MirrorUpdate(name, displayName, rewritten ? Status.REWRITTEN : Status.LOCAL_COMMIT, head, tip, 0,
                    Optional.empty());
        }
    }

    /**
     * Makes a new mirror {@code name} of {@code url}: cloned into a folder under {@code .veerkracht/},
     * then moved into place in one step, so that a sync killed halfway leaves no half mirror behind.
     */
    static MirrorUpdate create(Workspace workspace, RepositoryName name, String displayName, String url) {
        Path staging = staging(workspace);
        try {
            String tip;
            try (PlanRepository clone = PlanRepository.cloneFrom(RemoteAccess.of(workspace), url, staging)) {
                tip = clone.head().orElseThrow();
            }
            moveIntoPlace(staging, workspace.directoryOf(name));
            return new MirrorUpdate(name, displayName, Status.CLONED, Optional.empty(), Optional.of(tip), 0,
                    Optional.empty());
        } catch (StoreException e) {
            removeQuietly(staging);
            return new MirrorUpdate(name, displayName, Status.UNREACHABLE, Optional.empty(), Optional.empty(), 0,
                    Optional.of(e));
        }
    }

    /** A fresh folder to clone into, after clearing what a killed clone left behind. */
    static Path staging(Workspace workspace) {
        Path folder = workspace.stateDirectory().resolve("mirrors-in-progress");
        removeQuietly(folder);
        return folder.resolve("clone");
    }

    static void moveIntoPlace(Path staging, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(e, "repository.createFailed", target, e.getMessage());
        }
    }

    static void removeQuietly(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            // what cannot be removed now is removed by the next clone, which clears the folder first
        }
    }
}
