package nl.veerkracht.cli.internal.commands;

import java.util.Optional;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.ProblemText;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.InvalidPlanException;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht commit [-w <dir>] [--repo plan|region/<id>] -m <message> [--author "Name <email>"]}:
 * commits the working tree after validating it; an invalid plan is refused with every finding
 * (exit 1) and nothing is committed. A working tree that holds a symbolic link, a FIFO or anything else
 * than regular files is such a plan. In a regional plan the new commit must also keep the region's
 * rules on incoming changes, as every other member will check it; one that breaks one is refused
 * naming the rule (a {@link nl.veerkracht.region.RefusedException}, exit 4), and nothing is committed.
 */
@Command(name = "commit")
public final class CommitCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--repo", paramLabel = "plan|region/<id>", descriptionKey = "option.repo")
    String repo;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "<bericht>", descriptionKey = "commit.option.message")
    String message;

    @Option(names = "--author", paramLabel = "\"Naam <e-mail>\"", descriptionKey = "option.author")
    String author;

    public CommitCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Workspace workspace = workspaceOptions.workspace();
        RepositoryName repository = WorkspaceOptions.repository(repo);
        if (message.isBlank()) {
            throw new nl.veerkracht.cli.internal.UsageError("commit.error.emptyMessage");
        }
        try {
            HistoryEntry commit = context.services().planStore().commit(workspace, repository, message,
                    author(author));
            context.say("commit.done", commit.shortId(), repository, commit.subject(), commit.changedPaths().size());
            // the commit stands; the index only catches up at the next question, so say now that it cannot
            context.services().index().damage(workspace).ifPresent(damage -> context.err().println("veerkracht: "
                    + context.messages().text("commit.indexUnusable", damage.describe(context.language().locale()))));
            return ExitCode.DONE.code();
        } catch (InvalidPlanException e) {
            e.problems().forEach(problem -> context.out().println(ProblemText.line(repository, problem, context.language())));
            context.err().println("veerkracht: " + context.messages().text("commit.refused", repository, e.problems().size()));
            return ExitCode.FINDINGS.code();
        } catch (StoreException e) {
            if (e.key().equals("commit.nothing")) {
                context.say("commit.nothing", repository);
                return ExitCode.DONE.code();
            }
            throw e;
        }
    }
}
