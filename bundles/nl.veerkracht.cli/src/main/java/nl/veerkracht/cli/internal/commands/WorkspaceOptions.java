package nl.veerkracht.cli.internal.commands;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import nl.veerkracht.cli.internal.UsageError;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import picocli.CommandLine.Option;

/** {@code -w <dir>}: the workspace, by default the one around the current folder. */
public final class WorkspaceOptions {

    @Option(names = {"-w", "--workspace"}, paramLabel = "<map>", descriptionKey = "option.workspace")
    String workspace;

    /** The workspace the user means: {@code -w}, else the one the current folder is in. */
    public Workspace workspace() {
        if (workspace == null) {
            return Workspace.find(Path.of(""));
        }
        try {
            return Workspace.at(Path.of(workspace));
        } catch (InvalidPathException e) {
            throw new UsageError("error.path.invalid", workspace);
        }
    }

    /** {@code --repo plan|region/<id>|...}: which repository of the workspace. */
    public static RepositoryName repository(String text) {
        if (text == null) {
            return RepositoryName.PLAN;
        }
        try {
            return RepositoryName.parse(text);
        } catch (StoreException e) {
            throw new UsageError("error.repo.invalid", text);
        }
    }
}
