package nl.veerkracht.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.osgi.annotation.versioning.ProviderType;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * What a municipality does with the regional plans of its workspace, besides syncing them: start a
 * region, add a member, join a region, and settle the conflicts that a sync left. Every method that
 * writes takes the workspace lock first.
 */
@ProviderType
public interface RegionService {

    /**
     * Starts {@code region/<id>}: a regional plan with this workspace's municipality as coordinator and
     * first member, in its first commit. With a hub, that commit is pushed there (a hub that is a local
     * folder without a repository is made first).
     */
    RegionChange create(Workspace workspace, NewRegion region);

    /**
     * As {@link #create(Workspace, NewRegion)}, giving up the push to the hub as soon as {@code cancelled} says
     * so (the desktop client's Cancel): the regional plan is not created then.
     *
     * @throws nl.veerkracht.store.StoreException {@code remote.cancelled} when it gave up
     */
    RegionChange create(Workspace workspace, NewRegion region, BooleanSupplier cancelled);

    /**
     * Adds a member to the regional plan {@code region/<regionId>}: one commit of {@code plan.yaml}.
     * Only the coordinator adds members.
     */
    RegionChange addMember(Workspace workspace, String regionId, NewMember member);

    /**
     * Clones a member's (or the hub's) regional plan at {@code url} into {@code region/<id>}, after
     * checking that it is a valid regional plan whose history keeps the region's rules and that this
     * workspace's municipality is one of its members.
     */
    RegionChange join(Workspace workspace, String url);

    /**
     * As {@link #join(Workspace, String)}, giving up the clone as soon as {@code cancelled} says so (the desktop
     * client's Cancel): nothing is written into the workspace then.
     *
     * @throws nl.veerkracht.store.StoreException {@code remote.cancelled} when it gave up
     */
    RegionChange join(Workspace workspace, String url, BooleanSupplier cancelled);

    /**
     * Makes the municipality's ed25519 signing key, {@code .veerkracht/keys/<code>} and {@code <code>.pub},
     * for regions that ask for signed commits. Each file appears whole or not at all.
     *
     * @throws RegionException {@code keys.exists} when the private key is there already (nothing is
     *         written then)
     */
    MunicipalityKey createKey(Workspace workspace);

    /**
     * When this workspace last synced successfully with each member (or the hub, as {@code hub}) of the regional
     * plan {@code regionId}: their tip was fetched and is part of the regional plan since. By code; a member never
     * synced with successfully is not in it.
     */
    Map<String, java.time.OffsetDateTime> lastSyncWithMembers(Workspace workspace, String regionId);

    /** Every pending merge of the workspace's regional plans, with its open conflicts. */
    List<PendingMerge> conflicts(Workspace workspace);

    /**
     * Settles one open conflict of a pending merge.
     *
     * @param entity the entity's id ({@code GM0758-binnenstadfonds}, {@code plan}) or its file's path
     * @param field the field ({@code budget.amount}); the root for the entity as a whole
     * @param region which regional plan, when the same conflict is open in more than one
     * @throws RegionException {@code resolve.unknown} when no open conflict is there
     */
    ResolveOutcome resolve(Workspace workspace, String entity, FieldPath field, ResolutionChoice choice,
            Optional<String> region);

    /**
     * Where a commit of a regional plan made with plain Git names no municipality in its trailer, the one that
     * its author's e-mail tells: the member whose {@code emails} take it in the regional plan of its parent, as
     * the rules on incoming changes attribute it. By commit id; commits with a trailer, and those that no single
     * member takes, are not in it, nor is anything of a repository that is not a regional plan.
     */
    Map<String, String> municipalitiesByEmail(Workspace workspace, RepositoryName repository,
            Collection<HistoryEntry> commits);

    /**
     * The region's rules on this workspace's edits of the regional plan {@code region}, against its last commit:
     * what {@code veerkracht commit --repo region/<id>} would refuse, to be told while a file is being edited.
     * The regional plan is read once, here.
     *
     * @throws nl.veerkracht.store.StoreException when the workspace has no such regional plan, or it has no commit
     *         or cannot be read
     */
    EditRules editRules(Workspace workspace, RepositoryName region);
}
