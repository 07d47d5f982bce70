package nl.veerkracht.junit.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import nl.veerkracht.junit.ExamplePlans;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * The workspace of Breda (GM0758) in the region West-Brabant with the province Noord-Brabant (PV30)
 * and the mirror of Etten-Leur's plan (GM0777): every kind of plan file, so that every table of the
 * index gets rows. The files are the test-support bundle's {@link ExamplePlans}; they are written into
 * the working trees and committed as a user would; the read-only mirrors are committed with JGit
 * directly, as a fetch would bring them.
 */
public final class ExampleWorkspace {

    public static final RepositoryName REGION = RepositoryName.region("west-brabant");
    public static final RepositoryName PROVINCE = RepositoryName.province("PV30");
    public static final RepositoryName ETTEN_LEUR = RepositoryName.member("GM0777");

    /** The author of Breda's commits. */
    public static final Author AUTHOR = new Author("J. de Vries", "j.devries@breda.nl");

    private final PlanStore store;
    private final Workspace workspace;

    private ExampleWorkspace(PlanStore store, Workspace workspace) {
        this.store = store;
        this.workspace = workspace;
    }

    /** Breda's workspace. */
    public Workspace workspace() {
        return workspace;
    }

    /** The plan store the workspace was made and committed with. */
    public PlanStore store() {
        return store;
    }

    /** Makes the workspace in {@code directory} with a plan store of its own. */
    public static ExampleWorkspace create(Path directory) {
        return create(RealServices.planStore(), directory);
    }

    /** Makes the workspace in {@code directory} with {@code store}, and commits every plan of it. */
    public static ExampleWorkspace create(PlanStore store, Path directory) {
        ExampleWorkspace example = new ExampleWorkspace(store, store.init(directory, "GM0758", "Breda",
                Optional.of("PV30"), Optional.of(AUTHOR)));
        example.write(RepositoryName.PLAN, ExamplePlans.BREDA.files());
        example.commit(RepositoryName.PLAN, "Herstelaanpak Breda");

        example.write(REGION, ExamplePlans.WEST_BRABANT.files());
        example.commitMirror(REGION, "Regionaal plan West-Brabant");

        example.write(PROVINCE, ExamplePlans.NOORD_BRABANT.files());
        example.commitMirror(PROVINCE, "Programma Noord-Brabant");

        example.write(ETTEN_LEUR, ExamplePlans.ETTEN_LEUR.files());
        example.commitMirror(ETTEN_LEUR, "Plan Etten-Leur");
        return example;
    }

    /** Writes files into a repository's working tree (making the repository when it has none). */
    public void write(RepositoryName repository, Map<String, String> files) {
        Path directory = workspace.directoryOf(repository);
        if (!workspace.has(repository)) {
            PlanRepository.create(directory).close();
        }
        ExamplePlans.write(directory, files);
    }

    /** Deletes a file from a repository's working tree. */
    public void delete(RepositoryName repository, String path) {
        try {
            Files.delete(workspace.directoryOf(repository).resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits the plan's (or a region's) working tree through the plan store, validated; answers the commit. */
    public String commit(RepositoryName repository, String message) {
        return store.commit(workspace, repository, message, Optional.of(AUTHOR)).commitId();
    }

    /** Commits a working tree with JGit directly, as a fetch brings a mirror (no validation); answers the commit. */
    public String commitMirror(RepositoryName repository, String message) {
        try (PlanRepository git = workspace.open(repository)) {
            return git.commitWorkingTree(message, AUTHOR, "GM0758");
        }
    }

    /** Removes a repository from the workspace, folder and all. */
    public void remove(RepositoryName repository) {
        try (Stream<Path> files = Files.walk(workspace.directoryOf(repository))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
