package nl.veerkracht.cli.internal.commands;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.index.IndexUpdate;
import nl.veerkracht.index.RepositoryUpdate;
import nl.veerkracht.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht index rebuild [-w <dir>] [--format json]}: throws the index away and builds it from
 * every repository of the workspace at its head.
 */
@Command(name = "rebuild")
public final class IndexRebuildCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    public IndexRebuildCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Workspace workspace = workspaceOptions.workspace();
        IndexUpdate rebuild = context.services().index().rebuild(workspace);
        String location = context.services().index().location(workspace);
        if (format == OutputFormat.json) {
            JsonOutput.print(context.out(), JsonOutput.object()
                    .add("database", location)
                    .add("repositories", IndexVerifyCommand.json(rebuild))
                    .add("entities", rebuild.written())
                    .add("milliseconds", rebuild.took().toMillis())
                    .build());
            return ExitCode.DONE.code();
        }
        for (RepositoryUpdate repository : rebuild.repositories()) {
            context.say("index.rebuild.repository", repository.repository(), repository.written(),
                    repository.to().map(commit -> commit.substring(0, 7)).orElse("-"));
        }
        context.say("index.rebuild.done", rebuild.repositories().size(), rebuild.written(),
                rebuild.took().toMillis() / 1000.0, location);
        return ExitCode.DONE.code();
    }
}
