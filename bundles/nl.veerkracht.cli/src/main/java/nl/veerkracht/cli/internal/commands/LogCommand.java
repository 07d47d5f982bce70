package nl.veerkracht.cli.internal.commands;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            Map<String, String> byEmail = context.services().regionService().municipalitiesByEmail(workspace,
                    repository, entries);
            if (format == OutputFormat.json) {
                JsonArrayBuilder array = JsonOutput.array();
                entries.forEach(entry -> array.add(json(entry, byEmail)));
                JsonOutput.print(context.out(), array.build());
            } else {
                entries.forEach(entry -> context.out().println(HistoryText.line(entry, municipality(entry, byEmail))));
            }
            return ExitCode.DONE.code();
        }
        List<EntityRevision> revisions = context.services().planStore().history(workspace, repository, entity);
        Map<String, String> byEmail = context.services().regionService().municipalitiesByEmail(workspace, repository,
                revisions.stream().map(EntityRevision::commit).toList());
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
                array.add(json(revision.commit(), byEmail)
                        .add("file", revision.path())
                        .add("change", revision.change().name().toLowerCase())
                        .add("fields", fields));
            }
            JsonOutput.print(context.out(), array.build());
        } else {
            for (EntityRevision revision : revisions) {
                context.out().println(HistoryText.line(revision.commit(), municipality(revision.commit(), byEmail)));
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

    /** The commit's municipality: its trailer's, else the one its author's e-mail tells in a regional plan. */
    private static Optional<String> municipality(HistoryEntry entry, Map<String, String> byEmail) {
        return entry.municipality().or(() -> Optional.ofNullable(byEmail.get(entry.commitId())));
    }

    private static JsonObjectBuilder json(HistoryEntry entry, Map<String, String> byEmail) {
        JsonObjectBuilder object = JsonOutput.object()
                .add("commit", entry.commitId())
                .add("date", entry.when().toString())
                .add("author", entry.author().name())
                .add("email", entry.author().email())
                .add("subject", entry.subject())
                .add("merge", entry.isMerge());
        municipality(entry, byEmail).ifPresent(code -> object.add("municipality", code));
        if (entry.municipality().isEmpty() && byEmail.containsKey(entry.commitId())) {
            object.add("municipalityBy", "email");
        }
        return object;
    }
}
