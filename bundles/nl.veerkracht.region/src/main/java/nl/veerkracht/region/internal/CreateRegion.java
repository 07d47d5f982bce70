package nl.veerkracht.region.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.RegionChange;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.FileTrees;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.WorkspaceLock;

/**
 * {@code veerkracht region create}: a new regional plan with this municipality as its coordinator and
 * first member, committed in a temporary folder and moved into place whole; pushed to the hub when the
 * region has one (a hub in an empty local folder is made, bare).
 */
final class CreateRegion {

    private static final String PLAN = EntityKind.PLAN.pathOf(EntityKind.PLAN_ID);

    private final RegionChanges changes;

    CreateRegion(RegionChanges changes) {
        this.changes = changes;
    }

    RegionChange run(Workspace workspace, NewRegion region, java.util.function.BooleanSupplier cancelled) {
        RepositoryName name = RegionFolders.nameOf(region.id());
        try (WorkspaceLock lock = workspace.lock(RegionFolders.LOCK_WAIT, owner -> { })) {
            Municipality me = Municipality.of(workspace);
            if (workspace.has(name) || Files.exists(workspace.directoryOf(name))) {
                throw new RegionException("region.exists", name.folder());
            }
            Optional<String> key = Optional.empty();
            if (region.requireSigned()) {
                key = Optional.of(MemberKeys.publicKeyOf(workspace, me));
            }
            Map<String, Node> member = new LinkedHashMap<>();
            member.put("code", ScalarNode.string(me.code()));
            member.put("name", ScalarNode.string(me.name()));
            member.put("url", ScalarNode.string(region.url().map(RegionFolders::sharedLocation)
                    .orElse(workspace.directoryOf(name).toString())));
            member.put("plan_url", ScalarNode.string(region.planUrl().map(RegionFolders::sharedLocation)
                    .orElse(workspace.directoryOf(RepositoryName.PLAN).toString())));
            key.ifPresent(line -> member.put("key", ScalarNode.string(line)));
            Map<String, Node> plan = new LinkedHashMap<>();
            plan.put("kind", ScalarNode.string("region"));
            plan.put("id", ScalarNode.string(region.id()));
            plan.put("name", ScalarNode.string(region.name()));
            me.province().ifPresent(province -> plan.put("province", ScalarNode.string(province)));
            plan.put("coordinator", ScalarNode.string(me.code()));
            plan.put("require_signed", ScalarNode.bool(region.requireSigned()));
            Optional<String> hub = region.hub().map(RegionFolders::sharedLocation);
            hub.ifPresent(url -> plan.put("hub", ScalarNode.string(url)));
            plan.put("members", ListNode.of(List.of(MapNode.of(member))));

            RegionFolders.removeLeftovers(workspace);
            Path temporary = RegionFolders.temporaryFolder(workspace, "creating");
            try {
                try (PlanRepository git = PlanRepository.create(temporary)) {
                    Files.write(temporary.resolve(PLAN), PlanFiles.write(PLAN, MapNode.of(plan)));
                    PlanRead read = PlanFiles.readAll(git.workingTreeFiles());
                    if (!read.isValid()) {
                        throw new RegionException("region.invalid", read.problems().get(0));
                    }
                    Optional<SigningKey> signing = region.requireSigned() ? Optional.of(me.signingKey(workspace))
                            : Optional.empty();
                    git.commitWorkingTree("Regio " + region.name() + " begonnen", me.author(git), me.code(), signing);
                    if (hub.isPresent()) {
                        startHub(hub.get());
                        if (git.push(RemoteAccess.of(workspace).cancelledWhen(cancelled), hub.get()) == PlanRepository.PushOutcome.REJECTED) {
                            throw new RegionException("region.hubTaken", hub.get());
                        }
                    }
                }
                Files.createDirectories(workspace.directoryOf(name).getParent());
                Files.move(temporary, workspace.directoryOf(name), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                FileTrees.delete(temporary);
            }
            return changes.announced(workspace, name, Optional.empty());
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", workspace.directoryOf(name), e.getMessage());
        }
    }

    /** A hub on a local folder that holds no repository yet is made, bare; any other URL must exist already. */
    private static void startHub(String hub) {
        if (!RemoteUrls.isLocalFolder(hub)) {
            return;
        }
        Path folder = Path.of(hub);
        if (Files.isDirectory(folder.resolve("refs")) || Files.isDirectory(folder.resolve(".git"))) {
            return;
        }
        try (Stream<Path> entries = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            if (entries.findAny().isPresent()) {
                throw new RegionException("region.hubNotRepository", hub);
            }
        } catch (IOException e) {
            throw new RegionException(e, "region.hubNotRepository", hub);
        }
        PlanRepository.createBare(folder);
    }
}
