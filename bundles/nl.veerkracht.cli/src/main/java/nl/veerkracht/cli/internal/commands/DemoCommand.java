package nl.veerkracht.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.BudgetListing;
import nl.veerkracht.cli.internal.ChangeText;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.CommandFailure;
import nl.veerkracht.cli.internal.HistoryText;
import nl.veerkracht.cli.internal.ProvinceText;
import nl.veerkracht.cli.internal.ScorecardText;
import nl.veerkracht.cli.internal.SyncText;
import nl.veerkracht.demo.DemoProgress;
import nl.veerkracht.demo.DemoStep;
import nl.veerkracht.demo.DemoWorkspaces;
import nl.veerkracht.index.BudgetGrouping;
import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.province.ProvinceStepReport;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.RepositoryName;

/**
 * {@code veerkracht demo <dir>}: builds the demo workspaces in {@code <dir>} step by step and shows the
 * main job on them: Breda's plan with its history, the region West-Brabant merging its members'
 * changes (one conflict, resolved), the province's update arriving with its report, a regional
 * question answered from the index, and Breda's ten-point check.
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
        SyncText syncText = new SyncText(context.messages());
        ProvinceText provinceText = new ProvinceText(context.messages());
        DemoWorkspaces demo = context.services().demo().build(target, new DemoProgress() {
            @Override
            public void done(DemoStep step) {
                context.say("demo.step." + step.key(), step.arguments().toArray());
            }

            @Override
            public void synced(String municipality, SyncReport report, boolean shown) {
                if (!shown) {
                    context.say("demo.synced", municipality,
                            context.messages().text("sync.outcome." + report.outcome().name().toLowerCase(Locale.ROOT)));
                    return;
                }
                context.out().println();
                context.say("demo.sync", municipality);
                report.steps().forEach(step -> syncText.step(step).forEach(line -> context.out().println("  " + line)));
            }

            @Override
            public void conflicts(String municipality, List<PendingMerge> pending) {
                context.out().println();
                context.say("demo.conflicts", municipality);
                pending.forEach(merge -> syncText.pending(merge).forEach(line -> context.out().println("  " + line)));
            }

            @Override
            public void followed(String municipality, ProvinceStepReport.Pull pull) {
                context.say("demo.followed", municipality);
                pull.report().ifPresent(report -> provinceText.report(report).forEach(context.out()::println));
            }
        });

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
        context.say("demo.question");
        BudgetListing.print(context, context.services().index().budget(demo.breda(), BudgetGrouping.MUNICIPALITY).stream()
                .filter(total -> total.repository().startsWith("region/")).toList(), BudgetGrouping.MUNICIPALITY);

        context.out().println();
        Scorecard scorecard = context.services().checklist().check(demo.breda(), RepositoryName.PLAN, demo.storyDay());
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
