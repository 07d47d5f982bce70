package nl.veerkracht.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.ChangeText;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.CommandFailure;
import nl.veerkracht.cli.internal.HistoryText;
import nl.veerkracht.cli.internal.ScorecardText;
import nl.veerkracht.demo.DemoWorkspaces;
import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.RepositoryName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code veerkracht demo <dir>}: builds the demo workspaces in {@code <dir>} step by step, then
 * shows the main job on them: the plan's history and what changed since the council approved it.
 */
@Command(name = "demo")
public final class DemoCommand extends VeerkrachtCommand {

    @Parameters(index = "0", paramLabel = "<map>", descriptionKey = "demo.parameter.dir")
    String dir;

    public DemoCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Path target;
        try {
            target = Path.of(dir).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new CommandFailure(ExitCode.USAGE, "error.path.invalid", dir);
        }
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new CommandFailure(ExitCode.FAILED, "demo.error.notEmpty", target);
        }
        context.say("demo.heading", target);
        DemoWorkspaces demo = context.services().demo().build(target,
                step -> context.say("demo.step." + step.key(), step.arguments().toArray()));

        context.out().println();
        context.say("demo.history", demo.breda().root());
        List<HistoryEntry> history = context.services().planStore().log(demo.breda(), RepositoryName.PLAN);
        history.forEach(entry -> context.out().println("  " + HistoryText.line(entry)));

        context.out().println();
        context.say("demo.sinceApproval", demo.approval());
        PlanDiff diff = context.services().planStore().diff(demo.breda(), RepositoryName.PLAN, demo.approval(),
                Optional.of("HEAD"));
        ChangeText text = new ChangeText(context.messages());
        diff.entities().forEach(change -> context.out().println("  " + text.entity(change)));

        context.out().println();
        Scorecard scorecard = context.services().checklist().check(demo.breda(), RepositoryName.PLAN, LocalDate.now());
        new ScorecardText(context.messages()).print(scorecard, context.out());

        context.out().println();
        context.say("demo.tryIt", demo.breda().root(), demo.approval());
        return ExitCode.DONE.code();
    }

    private static boolean isEmptyDirectory(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (var entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
