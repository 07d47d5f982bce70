package nl.veerkracht.cli.internal.commands;

import java.time.LocalDate;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.checklist.InvalidSettingException;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.CommandFailure;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.cli.internal.ScorecardText;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.SettingsFile;
import nl.veerkracht.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht check [-w <dir>] [--repo ...] [--format text|json]}: holds a plan (as its files
 * are now) against the VNG ten-point checklist and prints the scorecard; exit 0 when no point is
 * missing, 1 when one is, so that a plan repository can run it in its CI.
 */
@Command(name = "check")
public final class CheckCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--repo", paramLabel = "plan|members/<GMxxxx>", descriptionKey = "check.option.repo")
    String repo;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    public CheckCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        RepositoryName repository = WorkspaceOptions.repository(repo);
        if (repository.kind() == RepositoryName.Kind.REGION) {
            throw new CommandFailure(ExitCode.USAGE, "check.error.regional", repository);
        }
        Workspace workspace = workspaceOptions.workspace();
        Scorecard scorecard;
        try {
            scorecard = context.services().checklist().check(workspace, repository, LocalDate.now());
        } catch (InvalidSettingException e) {
            if (e.origin().isPresent()) {
                throw e.allowed().isEmpty()
                        ? new CommandFailure(ExitCode.FAILED, "check.error.settingAt.number", e.origin().get(), e.key(),
                                e.value())
                        : new CommandFailure(ExitCode.FAILED, "check.error.settingAt.choice", e.origin().get(), e.key(),
                                e.value(), String.join(", ", e.allowed()));
            }
            throw e.allowed().isEmpty()
                    ? new CommandFailure(ExitCode.FAILED, "check.error.setting.number", e.key(), Checklist.PID, e.value())
                    : new CommandFailure(ExitCode.FAILED, "check.error.setting.choice", e.key(), Checklist.PID, e.value(),
                            String.join(", ", e.allowed()));
        } catch (SettingsFile.MalformedException e) {
            throw switch (e.reason()) {
                case UNREADABLE -> new CommandFailure(ExitCode.FAILED, "check.error.settingsFile.unreadable", e.file(),
                        e.detail());
                case SYNTAX -> new CommandFailure(ExitCode.FAILED, "check.error.settingsFile.syntax", e.file(), e.line(),
                        e.column());
                case UNKNOWN_KEY -> new CommandFailure(ExitCode.FAILED, "check.error.settingsFile.unknownKey",
                        e.file(), e.line(), e.column(), e.key());
                case DUPLICATE_KEY -> new CommandFailure(ExitCode.FAILED, "check.error.settingsFile.duplicateKey",
                        e.file(), e.line(), e.column(), e.key());
            };
        }
        ScorecardText text = new ScorecardText(context.messages());
        if (format == OutputFormat.json) {
            JsonOutput.print(context.out(), text.json(scorecard));
        } else {
            text.print(scorecard, context.out());
        }
        return scorecard.anyMissing() ? ExitCode.FINDINGS.code() : ExitCode.DONE.code();
    }
}
