package nl.veerkracht.cli.internal.commands;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.ChangeText;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.HistoryText;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.cli.internal.NodeJson;
import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.store.EntityRevision;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht log [-w <dir>] [--repo ...] [--entity <id>]}: the history, newest first; of one
 * entity, with what each commit changed in it, field by field.
 */
@Command(name = "log")
public final class LogCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--repo", paramLabel = "plan|region/<id>|...", descriptionKey = "option.repo")
    String repo;

    @Option(names = "--entity", paramLabel = "<id>", descriptionKey = "log.option.entity")
    String entity;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    public LogCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Workspace workspace = workspaceOptions.workspace();
        RepositoryName repository = WorkspaceOptions.repository(repo);
        ChangeText text = new ChangeText(context.messages());
        if (entity == null) {
            List<HistoryEntry> entries = context.services().planStore().log(workspace, repository);
            if (format == OutputFormat.json) {
                JsonArrayBuilder array = JsonOutput.array();
                entries.forEach(entry -> array.add(json(entry)));
                JsonOutput.print(context.out(), array.build());
            } else {
                entries.forEach(entry -> context.out().println(HistoryText.line(entry)));
            }
            return ExitCode.DONE.code();
        }
        List<EntityRevision> revisions = context.services().planStore().history(workspace, repository, entity);
        if (format == OutputFormat.json) {
            JsonArrayBuilder array = JsonOutput.array();
            for (EntityRevision revision : revisions) {
                JsonArrayBuilder fields = JsonOutput.array();
                for (FieldChange change : revision.fields()) {
                    fields.add(JsonOutput.object()
                            .add("field", change.field().toString())
                            .add("kind", change.kind().name().toLowerCase())
                            .add("before", NodeJson.of(change.before()))
                            .add("after", NodeJson.of(change.after())));
                }
                array.add(json(revision.commit())
                        .add("file", revision.path())
                        .add("change", revision.change().name().toLowerCase())
                        .add("fields", fields));
            }
            JsonOutput.print(context.out(), array.build());
        } else {
            for (EntityRevision revision : revisions) {
                context.out().println(HistoryText.line(revision.commit()));
                String what = switch (revision.change()) {
                    case ADDED -> context.messages().text("log.entity.added", revision.path());
                    case REMOVED -> context.messages().text("log.entity.removed", revision.path());
                    case CHANGED -> revision.fields().isEmpty() ? context.messages().text("log.entity.sameContent")
                            : text.fields(revision.fields());
                };
                context.out().println("    " + what);
            }
        }
        return ExitCode.DONE.code();
    }

    private static JsonObjectBuilder json(HistoryEntry entry) {
        JsonObjectBuilder object = JsonOutput.object()
                .add("commit", entry.commitId())
                .add("date", entry.when().toString())
                .add("author", entry.author().name())
                .add("email", entry.author().email())
                .add("subject", entry.subject())
                .add("merge", entry.isMerge());
        entry.municipality().ifPresent(code -> object.add("municipality", code));
        return object;
    }
}
