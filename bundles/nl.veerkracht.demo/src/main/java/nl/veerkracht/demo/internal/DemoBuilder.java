package nl.veerkracht.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.demo.Demo;
import nl.veerkracht.demo.DemoProgress;
import nl.veerkracht.demo.DemoStep;
import nl.veerkracht.demo.DemoWorkspaces;
import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.store.CouncilApproval;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * Builds the demo through the plan store, as a user's commands would: every file is written in
 * the canonical form, validated and committed by the same code paths.
 */
@Component(service = Demo.class)
public final class DemoBuilder implements Demo {

    private final PlanStore store;

    @Activate
    public DemoBuilder(@Reference PlanStore store) {
        this.store = store;
    }

    @Override
    public DemoWorkspaces build(Path directory, DemoProgress progress) {
        Path root = directory.toAbsolutePath().normalize();
        Workspace breda = store.init(root.resolve("breda"), BredaScript.CODE, BredaScript.NAME,
                Optional.of(BredaScript.PROVINCE), Optional.of(BredaScript.OFFICIAL));
        progress.done(DemoStep.of("init", BredaScript.NAME, BredaScript.CODE, breda.root().toString()));
        commit(breda, BredaScript.BEFORE_APPROVAL, progress);
        CouncilApproval approval = store.approve(breda, BredaScript.APPROVAL_DATE,
                Optional.of(BredaScript.APPROVAL_MESSAGE), Optional.of(BredaScript.ALDERMAN));
        progress.done(DemoStep.of("approve", approval.tagName()));
        commit(breda, BredaScript.AFTER_APPROVAL, progress);
        return new DemoWorkspaces(root, breda, approval.tagName());
    }

    private void commit(Workspace workspace, List<BredaScript.Commit> commits, DemoProgress progress) {
        Path plan = workspace.directoryOf(RepositoryName.PLAN);
        for (BredaScript.Commit commit : commits) {
            for (String file : commit.files()) {
                writeCanonical(plan, "breda/" + commit.folder() + "/" + file, file);
            }
            store.commit(workspace, RepositoryName.PLAN, commit.message(), Optional.of(commit.author()));
            progress.done(DemoStep.of("commit", commit.author().name(), commit.message()));
        }
    }

    /** Writes a resource into the plan in the canonical form the format writes. */
    static void writeCanonical(Path plan, String resource, String path) {
        byte[] bytes;
        try (InputStream in = DemoBuilder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the demo lacks its resource " + resource);
            }
            bytes = in.readAllBytes();
            Path target = plan.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, PlanFiles.write(path, PlanFiles.read(path, bytes)));
        } catch (PlanFileException e) {
            throw new IllegalStateException("the demo's own file " + resource + " is not valid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", plan, e.getMessage());
        }
    }
}
