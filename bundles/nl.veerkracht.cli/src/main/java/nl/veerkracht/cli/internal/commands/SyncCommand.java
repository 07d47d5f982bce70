package nl.veerkracht.cli.internal.commands;

import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.cli.internal.SyncJson;
import nl.veerkracht.cli.internal.SyncText;
import nl.veerkracht.region.FailedStepReport;
import nl.veerkracht.region.StepReport;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.WorkspaceLock;

/**
 * {@code veerkracht sync [-w <dir>] [--format json]}: brings every regional plan of the workspace up to
 * date with its members (or hub), then the province's mirror and the members' plans, step by step; says per member what happened. Exit code: 4 when a tip was refused,
 * else 3 at conflicts, else 5 when a member could not be reached (or another step failed), else 0.
 */
@Command(name = "sync")
public final class SyncCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    public SyncCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        // Progress goes to stderr, as git's does: stdout holds only the report, so it can be kept or piped.
        boolean forPeople = format == OutputFormat.text;
        Workspace workspace = workspaceOptions.workspace();
        SyncReport report = context.services().workspaceSync().sync(workspace, new SyncProgress() {
            @Override
            public void waitingForLock(Optional<WorkspaceLock.Owner> holder) {
                context.err().println(holder
                        .map(owner -> context.messages().text("sync.waiting", Long.toString(owner.pid())))
                        .orElseGet(() -> context.messages().text("sync.waiting.unknown")));
            }

            @Override
            public void fetching(RepositoryName repository, String source, String name, int index, int total) {
                if (forPeople) {
                    context.err().println(context.messages().text("sync.fetching", repository,
                            source.equals("hub") || source.equals(name) ? name : source + " " + name, index, total));
                }
            }
        });
        if (context.debug()) {
            report.steps().stream().filter(FailedStepReport.class::isInstance).map(FailedStepReport.class::cast)
                    .forEach(failed -> failed.failure().printStackTrace(context.err()));
        }
        if (!forPeople) {
            JsonOutput.print(context.out(), new SyncJson(context.messages()).of(report));
            return SyncText.exitCode(report.outcome()).code();
        }
        SyncText text = new SyncText(context.messages(), Optional.of(workspace.root()));
        for (StepReport step : report.steps()) {
            text.step(step).forEach(context.out()::println);
        }
        context.say("sync.outcome." + report.outcome().name().toLowerCase(java.util.Locale.ROOT));
        return SyncText.exitCode(report.outcome()).code();
    }
}
