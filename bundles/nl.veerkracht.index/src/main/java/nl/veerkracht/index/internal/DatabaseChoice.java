package nl.veerkracht.index.internal;

import nl.veerkracht.store.Workspace;

/** Which database holds the index of a workspace. */
@FunctionalInterface
public interface DatabaseChoice {

    /**
     * @throws nl.veerkracht.index.IndexException when the configuration of the workspace is wrong
     */
    DatabaseSettings settingsFor(Workspace workspace);

    /** The workspace's {@code .veerkracht/index.cfg}, else embedded H2: the choice without Configuration Admin. */
    static DatabaseChoice fromWorkspaceFile() {
        return workspace -> WorkspaceDatabaseFile.read(workspace).orElseGet(() -> DatabaseSettings.embedded(workspace));
    }
}
