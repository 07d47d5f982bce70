package nl.veerkracht.demo;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/** Builds the demo under a folder, telling what it does as it goes. */
@ProviderType
public interface Demo {

    /**
     * Builds the demo workspaces in {@code directory}, which must be empty or not exist.
     *
     * @param progress told each step as it is done, in Dutch or English keys (see {@link DemoStep})
     */
    DemoWorkspaces build(Path directory, DemoProgress progress);
}
