package nl.veerkracht.region.internal;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.checklist.LastSync;
import nl.veerkracht.checklist.LastSyncReader;
import nl.veerkracht.store.Workspace;

/** Hands the ten-point check the last sync of a regional plan, from the file the sync keeps ({@link LastSyncFile}). */
@Component(service = LastSyncReader.class)
public final class RegionLastSyncs implements LastSyncReader {

    @Override
    public LastSync lastSync(Workspace workspace, String regionId) {
        return LastSyncFile.read(workspace, regionId);
    }
}
