package nl.veerkracht.cli.internal.commands;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.cli.internal.NodeJson;
import nl.veerkracht.cli.internal.SyncText;
import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.region.PendingConflict;
import nl.veerkracht.region.PendingMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht conflicts [-w <dir>] [--format json]}: the open conflicts of every pending merge:
 * entity, field, and the value of the base, ours and theirs. Exit code 0, also when there are some.
 */
@Command(name = "conflicts")
public final class ConflictsCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    public ConflictsCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<PendingMerge> pending = context.services().regionService().conflicts(workspaceOptions.workspace());
        if (format == OutputFormat.json) {
            JsonArrayBuilder merges = JsonOutput.array();
            for (PendingMerge merge : pending) {
                JsonArrayBuilder conflicts = JsonOutput.array();
                for (PendingConflict open : merge.open()) {
                    FieldConflict conflict = open.conflict();
                    conflicts.add(JsonOutput.object()
                            .add("file", conflict.path())
                            .add("id", conflict.entityId())
                            .add("title", open.entityTitle())
                            .add("field", conflict.field().toString())
                            .add("kind", conflict.kind().name().toLowerCase(java.util.Locale.ROOT))
                            .add("base", NodeJson.of(conflict.base()))
                            .add("ours", NodeJson.of(conflict.ours()))
                            .add("theirs", NodeJson.of(conflict.theirs())));
                }
                merges.add(JsonOutput.object()
                        .add("region", merge.region().folder())
                        .add("member", merge.member())
                        .add("member_name", merge.memberName())
                        .add("ours", merge.ours())
                        .add("theirs", merge.theirs())
                        .add("resolved", merge.resolved().size())
                        .add("conflicts", conflicts));
            }
            JsonOutput.print(context.out(), JsonOutput.object().add("pending", merges).build());
            return ExitCode.DONE.code();
        }
        if (pending.stream().allMatch(merge -> merge.open().isEmpty())) {
            context.say(pending.isEmpty() ? "conflicts.none" : "conflicts.allSettled");
            return ExitCode.DONE.code();
        }
        SyncText text = new SyncText(context.messages());
        pending.forEach(merge -> text.pending(merge).forEach(context.out()::println));
        return ExitCode.DONE.code();
    }
}
