package nl.veerkracht.checklist;

import org.osgi.annotation.versioning.ConsumerType;

import nl.veerkracht.store.Workspace;

/**
 * Where the check learns when a regional plan was last synced: a service of the bundle that syncs
 * regional plans and keeps that record (the region bundle). Without one, every regional plan counts as
 * never synced here.
 */
@ConsumerType
public interface LastSyncReader {

    /** What {@code workspace} records of the last successful sync of region {@code regionId}. */
    LastSync lastSync(Workspace workspace, String regionId);
}
