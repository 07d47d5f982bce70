package nl.veerkracht.index;

import org.osgi.annotation.versioning.ProviderType;

import nl.veerkracht.index.internal.DatabaseSettings;
import nl.veerkracht.index.internal.EclipseLinkWorkspaceIndex;
import nl.veerkracht.store.RepositoryListener;

/**
 * The workspace index outside an OSGi framework (benchmarks, tools): the same implementation the product
 * registers as its {@link WorkspaceIndex} and {@link RepositoryListener} services, made by hand, and closed
 * by its owner instead of by Declarative Services.
 */
@ProviderType
public interface StandaloneWorkspaceIndex extends WorkspaceIndex, RepositoryListener, AutoCloseable {

    /**
     * An index that keeps each workspace's rows in the embedded H2 database in the workspace's state
     * folder, as the product does when nothing is configured.
     */
    static StandaloneWorkspaceIndex embedded() {
        return EclipseLinkWorkspaceIndex.choosing(DatabaseSettings::embedded);
    }

    /** Closes every database the index has open. */
    @Override
    void close();
}
