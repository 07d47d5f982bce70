package nl.veerkracht.cli.internal.commands;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.ChangeText;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.CommandFailure;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.cli.internal.NodeJson;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veerkracht show [-w <dir>] [--repo ...] <entity-id> [--at <rev>]}: one entity as its file
 * holds it, now or at a revision. An id that several kinds share is given as its path
 * ({@code needs/liquiditeit}).
 */
@Command(name = "show")
public final class ShowCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--repo", paramLabel = "plan|region/<id>|...", descriptionKey = "option.repo")
    String repo;

    @Option(names = "--at", paramLabel = "<versie>", descriptionKey = "show.option.at")
    String at;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "show.parameter.entity")
    String entity;

    public ShowCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Workspace workspace = workspaceOptions.workspace();
        RepositoryName repository = WorkspaceOptions.repository(repo);
        PlanVersion read = at == null ? context.services().planStore().readWorkingTree(workspace, repository)
                : context.services().planStore().readAt(workspace, repository, at);
        List<String> paths = read.files().keySet().stream().filter(this::names).sorted().toList();
        if (paths.isEmpty()) {
            throw new CommandFailure(ExitCode.FAILED, "show.error.unknown", entity, repository);
        }
        if (paths.size() > 1 && paths.stream().map(path -> EntityKind.ofPath(path).orElseThrow())
                .filter(kind -> kind != EntityKind.OBSERVATIONS).count() > 1) {
            throw new CommandFailure(ExitCode.USAGE, "show.error.ambiguous", entity, String.join(", ", paths));
        }
        if (format == OutputFormat.json) {
            var files = JsonOutput.array();
            for (String path : paths) {
                var object = JsonOutput.object().add("file", path);
                read.snapshot().document(path).ifPresent(document -> object.add("content", NodeJson.of(document)));
                files.add(object);
            }
            JsonOutput.print(context.out(), JsonOutput.object()
                    .add("repository", repository.folder())
                    .add("id", entity)
                    .add("at", read.commit().orElse("working-tree"))
                    .add("files", files)
                    .build());
            return ExitCode.DONE.code();
        }
        ChangeText text = new ChangeText(context.messages());
        for (String path : paths) {
            context.out().println("# " + text.label(path, read.snapshot().document(path)) + " (" + repository.folder()
                    + "/" + path + ")");
            context.out().print(new String(read.files().get(path), StandardCharsets.UTF_8));
        }
        return ExitCode.DONE.code();
    }

    /** Whether the file at {@code path} is the entity the user named: by id, or by path without suffix. */
    private boolean names(String path) {
        if (EntityKind.ofPath(path).isEmpty()) {
            return false;
        }
        String id = EntityKind.idOf(path).orElse("");
        String withoutSuffix = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : path;
        return id.equals(entity) || path.equals(entity) || withoutSuffix.equals(entity);
    }

}
