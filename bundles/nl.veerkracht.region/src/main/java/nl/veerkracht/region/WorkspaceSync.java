package nl.veerkracht.region;

import org.osgi.annotation.versioning.ProviderType;

import nl.veerkracht.store.Workspace;

/**
 * {@code veerkracht sync}: brings a whole workspace up to date, step by step ({@link SyncStep}),
 * under the workspace lock: a second sync waits for the first (bounded) or stops with a clear message.
 */
@ProviderType
public interface WorkspaceSync {

    /**
     * @throws nl.veerkracht.store.StoreException {@code workspace.busy} when another Veerkracht command
     *         keeps the workspace longer than the sync waits
     */
    SyncReport sync(Workspace workspace, SyncProgress progress);
}
