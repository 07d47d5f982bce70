package nl.veerkracht.region.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.MunicipalityCode;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.RegionChange;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.WorkspaceLock;

/**
 * {@code veerkracht region add-member}: the coordinator adds a municipality to the regional plan's
 * members, as one commit on {@code main} (signed when the region asks for it).
 */
final class AddMember {

    private static final String PLAN = EntityKind.PLAN.pathOf(EntityKind.PLAN_ID);

    private final RegionChanges changes;

    AddMember(RegionChanges changes) {
        this.changes = changes;
    }

    RegionChange run(Workspace workspace, String regionId, NewMember member) {
        RepositoryName name = RegionFolders.nameOf(regionId);
        if (!MunicipalityCode.isValid(member.code())) {
            throw new RegionException("region.memberCode", member.code());
        }
        member.key().ifPresent(key -> MemberKeys.check(key, member.code()));
        try (WorkspaceLock lock = workspace.lock(RegionFolders.LOCK_WAIT, owner -> { });
                RegionRepository repository = new RegionRepository(workspace.open(name))) {
            Municipality me = Municipality.of(workspace);
            PlanRepository git = repository.git();
            if (!git.isClean()) {
                throw new RegionException("sync.uncommitted", name.folder());
            }
            String head = git.head().orElseThrow(() -> new RegionException("region.noPlan", name.folder()));
            RegionalPlan plan = RegionalPlans.at(repository, head)
                    .orElseThrow(() -> new RegionException("region.notRegional", name.folder()));
            if (!plan.coordinator().equals(Optional.of(me.code()))) {
                throw new RegionException("region.notCoordinator", me.code(), plan.coordinator().orElse("?"));
            }
            if (plan.member(member.code()).isPresent()) {
                throw new RegionException("region.alreadyMember", member.code(), plan.name());
            }
            Map<String, String> files = new LinkedHashMap<>(repository.files(head));
            MapNode document = (MapNode) repository.document(PLAN, files.get(PLAN)).orElseThrow();
            Map<String, Node> entry = new LinkedHashMap<>();
            entry.put("code", ScalarNode.string(member.code()));
            entry.put("name", ScalarNode.string(member.name()));
            entry.put("url", ScalarNode.string(RegionFolders.sharedLocation(member.url())));
            member.planUrl().ifPresent(url -> entry.put("plan_url", ScalarNode.string(RegionFolders.sharedLocation(url))));
            member.key().ifPresent(key -> entry.put("key", ScalarNode.string(key)));
            List<Node> members = new ArrayList<>(document.get("members").orElse(null) instanceof ListNode list
                    ? list.items() : List.of());
            members.add(MapNode.of(entry));
            files.put(PLAN, repository.add(PlanFiles.write(PLAN, document.with("members", ListNode.of(members)))));
            PlanRead read = repository.read(files);
            if (!read.isValid()) {
                throw new RegionException("region.invalid", read.problems().get(0));
            }
            Optional<SigningKey> signing = plan.signedCommitsRequired() ? Optional.of(me.signingKey(workspace))
                    : Optional.empty();
            String commit = git.writeCommit(repository.writeTree(files), List.of(head),
                    "Lid " + member.code() + " " + member.name() + " toegevoegd", me.author(git), me.code(), signing);
            git.advanceBranch(Optional.of(head), commit, workspace.stateOf(name));
            changes.announce(workspace, name, Optional.of(head), commit);
            return RegionChanges.change(repository, name, commit);
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", workspace.directoryOf(name), e.getMessage());
        }
    }
}
