package nl.veerkracht.province.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.province.MirrorUpdate.Status;
import nl.veerkracht.province.MirrorUpdate;
import nl.veerkracht.province.ProvinceException;
import nl.veerkracht.store.FileTrees;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.ReceivedRefusedException;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * A repository of the workspace that Veerkracht only ever fast-forwards: a province's programme, another
 * member's plan. What the source sends is checked before any of it is kept (the store's rules on what arrives),
 * and a tip that breaks them changes nothing. Whatever else it finds (a remote that rewrote its history, a commit or a change made
 * by hand in the mirror) stops that mirror with nothing changed: not the branch, not the files, not
 * the tracking ref. Only {@code province follow --replace} moves a mirror to a rewritten history ({@link #replace}).
 */
final class ReadOnlyMirror {

    static final String REMOTE = "origin";

    private ReadOnlyMirror() {
    }

    /**
     * Brings the mirror {@code name} up to date with {@code url} (or the URL its configuration records), through
     * {@code access} (the workspace's settings, cancelled when the user stops the sync).
     */
    static MirrorUpdate update(Workspace workspace, RemoteAccess access, RepositoryName name, String displayName,
            Optional<String> url) {
        try (PlanRepository mirror = workspace.open(name)) {
            mirror.recoverInterruptedUpdate(workspace.stateOf(name));
            Optional<String> source = url.or(() -> mirror.remoteUrl(REMOTE));
            Optional<String> shown = source.map(RemoteUrls::withoutPasswords);
            if (source.isEmpty()) {
                return new MirrorUpdate(name, displayName, Status.NO_URL, mirror.head(), mirror.head(), 0, Optional.empty(),
                        shown);
            }
            Optional<String> head = mirror.head();
            if (!mirror.isClean()) {
                return new MirrorUpdate(name, displayName, Status.LOCAL_CHANGES, head, head, 0, Optional.empty(), shown);
            }
            String tracking = PlanRepository.trackingRef(REMOTE);
            Optional<String> known = mirror.commitOf(tracking);
            Optional<String> tip;
            try {
                // checked before any of it is kept; no ref moves until it is taken over
                tip = mirror.receive(access, source.get());
            } catch (ReceivedRefusedException e) {
                forgetUnmerged(mirror, tracking, head);
                return new MirrorUpdate(name, displayName, Status.REFUSED, head, head, 0, Optional.of(e), shown);
            } catch (StoreException e) {
                return new MirrorUpdate(name, displayName, unreachableOrCancelled(e), head, head, 0, Optional.of(e),
                        shown);
            }
            if (tip.isEmpty() || tip.equals(head)) {
                return new MirrorUpdate(name, displayName, Status.UP_TO_DATE, head, head, 0, Optional.empty(), shown);
            }
            if (head.isEmpty() || mirror.isAncestor(head.get(), tip.get())) {
                int commits = mirror.commitsBetween(head, tip.get()).size();
                mirror.keepRef(tracking, tip.get());
                mirror.advanceBranch(head, tip.get(), workspace.stateOf(name));
                if (url.isPresent() && !url.equals(mirror.remoteUrl(REMOTE))) {
                    mirror.setRemote(REMOTE, url.get());
                }
                return new MirrorUpdate(name, displayName, Status.UPDATED, head, tip, commits, Optional.empty(), shown);
            }
            // not a fast-forward: the tracking ref stays where it was, so that nothing changed
            boolean rewritten = known.isPresent() && mirror.isAncestor(head.get(), known.get());
            return new MirrorUpdate(name, displayName, rewritten ? Status.REWRITTEN : Status.LOCAL_COMMIT, head, tip, 0,
                    Optional.empty(), shown);
        }
    }

    /** What {@link #replace} did: the mirror's update, and the old history's commits the new one lacks. */
    record Replacement(MirrorUpdate update, List<HistoryEntry> dropped) {
    }

    /**
     * Brings the mirror {@code name} to the history of {@code staging}, a clone of {@code url} made and checked
     * just before, even when that history does not descend from the mirror's (a force-push): the new commits
     * are fetched from the clone into the mirror, then {@code main} moves there with the store's journaled
     * branch move. Until it moves, the mirror keeps its branch, files and tracking ref; the commits it leaves
     * behind stay in its reflog.
     *
     * @throws ProvinceException {@code province.replaceLocalChanges} when the mirror's files were changed by hand
     */
    static Replacement replace(Workspace workspace, RepositoryName name, String displayName, Path staging, String url) {
        Optional<String> shown = Optional.of(RemoteUrls.withoutPasswords(url));
        try (PlanRepository mirror = workspace.open(name)) {
            mirror.recoverInterruptedUpdate(workspace.stateOf(name));
            if (!mirror.isClean()) {
                throw new ProvinceException("province.replaceLocalChanges", workspace.directoryOf(name));
            }
            Optional<String> head = mirror.head();
            String tracking = PlanRepository.trackingRef(REMOTE);
            Optional<String> known = mirror.commitOf(tracking);
            try {
                String tip = mirror.fetch(RemoteAccess.of(workspace), staging.toString(), REMOTE).orElseThrow(
                        () -> new ProvinceException("province.empty", shown.get()));
                if (head.equals(Optional.of(tip))) {
                    mirror.setRemote(REMOTE, url);
                    return new Replacement(new MirrorUpdate(name, displayName, Status.UP_TO_DATE, head, head, 0,
                            Optional.empty(), shown), List.of());
                }
                List<HistoryEntry> dropped = new ArrayList<>(
                        head.isEmpty() ? List.of() : mirror.commitsBetween(Optional.of(tip), head.get()));
                Collections.reverse(dropped);
                int added = mirror.commitsBetween(head, tip).size();
                mirror.advanceBranch(head, tip, workspace.stateOf(name));
                mirror.setRemote(REMOTE, url);
                return new Replacement(new MirrorUpdate(name, displayName, dropped.isEmpty() ? Status.UPDATED
                        : Status.REPLACED, head, Optional.of(tip), added, Optional.empty(), shown), dropped);
            } catch (RuntimeException e) {
                if (mirror.head().equals(head)) {
                    restore(mirror, tracking, known);
                }
                throw e;
            }
        }
    }

    /**
     * A refused tip keeps no ref: a tracking ref that points past {@code head} (an older Veerkracht moved it to
     * a tip before checking it, and then failed) goes; the next tip taken over brings it back.
     */
    private static void forgetUnmerged(PlanRepository mirror, String tracking, Optional<String> head) {
        Optional<String> tracked = mirror.commitOf(tracking);
        if (tracked.isEmpty()) {
            return;
        }
        boolean merged;
        try {
            merged = head.isPresent() && mirror.isAncestor(tracked.get(), head.get());
        } catch (StoreException e) {
            merged = false;
        }
        if (!merged) {
            mirror.deleteRef(tracking);
        }
    }

    /** Puts the tracking ref back where it was before a fetch, or removes it when there was none. */
    private static void restore(PlanRepository mirror, String tracking, Optional<String> known) {
        if (known.isPresent()) {
            mirror.keepRef(tracking, known.get());
        } else {
            mirror.deleteRef(tracking);
        }
    }

    /**
     * Makes a new mirror {@code name} of {@code url}: cloned into a folder under {@code .veerkracht/},
     * then moved into place in one step, so that a sync killed halfway leaves no half mirror behind.
     */
    static MirrorUpdate create(Workspace workspace, RemoteAccess access, RepositoryName name, String displayName,
            String url) {
        Path staging = staging(workspace);
        try {
            String tip;
            try (PlanRepository clone = PlanRepository.cloneFrom(access, url, staging)) {
                tip = clone.head().orElseThrow();
            }
            moveIntoPlace(staging, workspace.directoryOf(name));
            return new MirrorUpdate(name, displayName, Status.CLONED, Optional.empty(), Optional.of(tip), 0,
                    Optional.empty(), Optional.of(RemoteUrls.withoutPasswords(url)));
        } catch (ReceivedRefusedException e) {
            removeQuietly(staging);
            return new MirrorUpdate(name, displayName, Status.REFUSED, Optional.empty(), Optional.empty(), 0,
                    Optional.of(e), Optional.of(RemoteUrls.withoutPasswords(url)));
        } catch (StoreException e) {
            removeQuietly(staging);
            return new MirrorUpdate(name, displayName, unreachableOrCancelled(e), Optional.empty(), Optional.empty(), 0,
                    Optional.of(e), Optional.of(RemoteUrls.withoutPasswords(url)));
        }
    }

    private static Status unreachableOrCancelled(StoreException e) {
        return e.key().equals("remote.cancelled") ? Status.CANCELLED : Status.UNREACHABLE;
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
