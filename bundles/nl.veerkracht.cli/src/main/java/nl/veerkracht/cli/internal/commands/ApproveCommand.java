package nl.veerkracht.cli.internal.commands;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.UsageError;
import nl.veerkracht.store.CouncilApproval;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht approve [-w <dir>] --date <yyyy-mm-dd> [-m <message>]}: records that the council
 * approved the plan as it is committed now (the annotated tag {@code raad/<date>}).
 */
@Command(name = "approve")
public final class ApproveCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--date", required = true, paramLabel = "<jjjj-mm-dd>", descriptionKey = "approve.option.date")
    String date;

    @Option(names = {"-m", "--message"}, paramLabel = "<bericht>", descriptionKey = "approve.option.message")
    String message;

    @Option(names = "--author", paramLabel = "\"Naam <e-mail>\"", descriptionKey = "option.author")
    String author;

    public ApproveCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UsageError("error.date.invalid", date);
        }
        Workspace workspace = workspaceOptions.workspace();
        try (PlanRepository plan = workspace.open(RepositoryName.PLAN)) {
            if (!plan.isClean()) {
                context.say("approve.uncommitted");
            }
        }
        CouncilApproval approval = context.services().planStore().approve(workspace, day, Optional.ofNullable(message),
                author(author));
        context.say("approve.done", approval.tagName(), approval.commitId().substring(0, 10));
        return ExitCode.DONE.code();
    }
}
