package nl.veerkracht.cli.internal.commands;

import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.ChangeText;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.cli.internal.NodeJson;
import nl.veerkracht.merge.EntityChange;
import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veerkracht diff [-w <dir>] [--repo ...] <rev> [<rev>]}: what changed, entity by entity
 * and field by field; with one revision, up to the working tree.
 */
@Command(name = "diff")
public final class DiffCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--repo", paramLabel = "plan|region/<id>|...", descriptionKey = "option.repo")
    String repo;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    @Parameters(index = "0", paramLabel = "<versie>", descriptionKey = "diff.parameter.from")
    String from;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<versie>", descriptionKey = "diff.parameter.to")
    String to;

    public DiffCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Workspace workspace = workspaceOptions.workspace();
        RepositoryName repository = WorkspaceOptions.repository(repo);
        PlanDiff diff = context.services().planStore().diff(workspace, repository, from, Optional.ofNullable(to));
        if (format == OutputFormat.json) {
            JsonArrayBuilder entities = JsonOutput.array();
            for (EntityChange change : diff.entities()) {
                JsonArrayBuilder fields = JsonOutput.array();
                for (FieldChange field : change.fields()) {
                    fields.add(JsonOutput.object()
                            .add("field", field.field().toString())
                            .add("kind", field.kind().name().toLowerCase())
                            .add("before", NodeJson.of(field.before()))
                            .add("after", NodeJson.of(field.after())));
                }
                entities.add(JsonOutput.object()
                        .add("file", change.path())
                        .add("id", change.entityId())
                        .add("change", change.type().name().toLowerCase())
                        .add("fields", fields));
            }
            JsonOutput.print(context.out(), JsonOutput.object()
                    .add("repository", repository.folder())
                    .add("from", from)
                    .add("to", to == null ? "working-tree" : to)
                    .add("entities", entities)
                    .build());
            return ExitCode.DONE.code();
        }
        if (diff.isEmpty()) {
            context.say("diff.none", from, to == null ? context.messages().text("diff.workingTree") : to);
            return ExitCode.DONE.code();
        }
        ChangeText text = new ChangeText(context.messages());
        diff.entities().forEach(change -> context.out().println(text.entity(change)));
        return ExitCode.DONE.code();
    }
}
