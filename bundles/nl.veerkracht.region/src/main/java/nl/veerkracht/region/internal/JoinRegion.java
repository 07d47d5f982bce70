package nl.veerkracht.region.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import nl.veerkracht.format.PlanRead;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RefusedException;
import nl.veerkracht.region.RegionChange;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.FileTrees;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.ReceivedRefusedException;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.WorkspaceLock;

/**
 * {@code veerkracht region join}: a clone of a regional plan that lists this municipality, checked as
 * every incoming change is ({@link IncomingRules}) before it is moved into place whole.
 */
final class JoinRegion {

    private final RegionChanges changes;

    JoinRegion(RegionChanges changes) {
        this.changes = changes;
    }

    RegionChange run(Workspace workspace, String url, java.util.function.BooleanSupplier cancelled) {
        try (WorkspaceLock lock = workspace.lock(RegionFolders.LOCK_WAIT, owner -> { })) {
            Municipality me = Municipality.of(workspace);
            RegionFolders.removeLeftovers(workspace);
            Path temporary = RegionFolders.temporaryFolder(workspace, "joining");
            RepositoryName name;
            try {
                PlanRepository cloned;
                try {
                    cloned = PlanRepository.cloneFrom(RemoteAccess.of(workspace).cancelledWhen(cancelled), RemoteUrls.requireNoPassword(url),
                            temporary);
                } catch (ReceivedRefusedException e) {
                    throw new RefusedException(IncomingRules.refusal(e));
                }
                try (RegionRepository repository = new RegionRepository(cloned)) {
                    String head = repository.git().head().orElseThrow();
                    PlanRead read = repository.read(repository.files(head));
                    RegionalPlan plan = read.contents().plan().filter(RegionalPlan.class::isInstance)
                            .map(RegionalPlan.class::cast)
                            .orElseThrow(() -> new RegionException("region.joinNotRegional", RemoteUrls.withoutPasswords(url)));
                    if (!read.isValid()) {
                        throw new RegionException("region.invalid", read.problems().get(0));
                    }
                    name = RegionFolders.nameOf(plan.id());
                    if (workspace.has(name) || Files.exists(workspace.directoryOf(name))) {
                        throw new RegionException("region.exists", name.folder());
                    }
                    if (plan.member(me.code()).isEmpty()) {
                        throw new RegionException("region.notMember", me.code(), me.name(), plan.name(),
                                plan.coordinator().orElse("?"));
                    }
                    Optional<Refusal> refusal = new IncomingRules(repository, new MergeBase(repository))
                            .check(Optional.empty(), head);
                    if (refusal.isPresent()) {
                        throw new RefusedException(refusal.get());
                    }
                }
                Files.move(temporary, workspace.directoryOf(name), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                FileTrees.delete(temporary);
            }
            return changes.announced(workspace, name, Optional.empty());
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", workspace.root().resolve("region"), e.getMessage());
        }
    }
}
