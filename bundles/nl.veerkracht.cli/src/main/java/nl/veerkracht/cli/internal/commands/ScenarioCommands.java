package nl.veerkracht.cli.internal.commands;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.ProblemText;
import nl.veerkracht.cli.internal.UsageError;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.scenario.ActionChange;
import nl.veerkracht.model.scenario.ScenarioChange;
import nl.veerkracht.store.InvalidPlanException;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.ScenarioCommit;
import nl.veerkracht.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veerkracht scenario activate|deactivate|list}: a fallback scenario put into effect in one commit, stood
 * down in one commit, and where every scenario stands. The work is the store's
 * ({@link nl.veerkracht.store.PlanStore#activateScenario}); these print what it did.
 */
public final class ScenarioCommands {

    private ScenarioCommands() {
    }

    /** The group with its three commands. */
    public static CommandLine scenario(CommandContext context) {
        return CommandGroup.of(context, "scenario", new Activate(context), new Deactivate(context), new ListScenarios(context));
    }

    /** What activate and deactivate share: the workspace, the repository, the scenario, the date, the message. */
    abstract static class ScenarioStep extends VeerkrachtCommand {

        @Mixin
        WorkspaceOptions workspaceOptions;

        @Option(names = "--repo", paramLabel = "plan|region/<id>", descriptionKey = "option.repo")
        String repo;

        @Parameters(index = "0", paramLabel = "<scenario-id>", descriptionKey = "scenario.parameter.id")
        String scenarioId;

        @Option(names = "--date", paramLabel = "<jjjj-mm-dd>", descriptionKey = "scenario.option.date")
        String date;

        @Option(names = {"-m", "--message"}, paramLabel = "<bericht>", descriptionKey = "scenario.option.message")
        String message;

        @Option(names = "--author", paramLabel = "\"Naam <e-mail>\"", descriptionKey = "option.author")
        String author;

        ScenarioStep(CommandContext context) {
            super(context);
        }

        abstract ScenarioCommit run(Workspace workspace, RepositoryName repository, LocalDate day);

        @Override
        public Integer call() {
            LocalDate day;
            try {
                day = date == null ? LocalDate.now() : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new UsageError("error.date.invalid", date);
            }
            if (message != null && message.isBlank()) {
                throw new UsageError("commit.error.emptyMessage");
            }
            Workspace workspace = workspaceOptions.workspace();
            RepositoryName repository = WorkspaceOptions.repository(repo);
            ScenarioCommit done;
            try {
                done = run(workspace, repository, day);
            } catch (InvalidPlanException e) {
                e.problems().forEach(problem -> context.out().println(ProblemText.line(repository, problem,
                        context.language())));
                context.err().println("veerkracht: " + context.messages().text("commit.refused", repository.toString(),
                        String.valueOf(e.problems().size())));
                return ExitCode.FINDINGS.code();
            }
            ScenarioChange change = done.change();
            context.say(change.direction() == ScenarioChange.Direction.ACTIVATED ? "scenario.activated" : "scenario.stoodDown",
                    change.scenarioId(), change.title(), change.date().toString(), done.commit().shortId(),
                    repository.toString());
            for (ActionChange action : change.actions()) {
                // indented under the scenario's line; a resource bundle drops a value's leading spaces
                context.out().println("  " + context.messages().text("scenario.action."
                        + action.outcome().name().toLowerCase(java.util.Locale.ROOT), action.actionId(), action.title(), action.before().map(status -> status.code()).orElse(""),
                        action.after().code(), action.lead().orElse("-"),
                        action.end().map(LocalDate::toString).orElse("-")));
            }
            if (change.direction() == ScenarioChange.Direction.ACTIVATED) {
                if (change.roles().isEmpty()) {
                    context.say("scenario.roles.none");
                } else {
                    context.say("scenario.roles", change.roles().stream()
                            .map(role -> role.role() + ": " + role.who().orElse(context.messages().text("scenario.roles.unfilled")))
                            .collect(Collectors.joining("; ")));
                }
            }
            return ExitCode.DONE.code();
        }
    }

    /** {@code veerkracht scenario activate [-w <dir>] [--repo region/<id>] <scenario-id> [--date <d>] [-m <m>]}. */
    @Command(name = "activate")
    public static final class Activate extends ScenarioStep {

        public Activate(CommandContext context) {
            super(context);
        }

        @Override
        ScenarioCommit run(Workspace workspace, RepositoryName repository, LocalDate day) {
            return context.services().planStore().activateScenario(workspace, repository, scenarioId, day,
                    Optional.ofNullable(message), author(author));
        }
    }

    /** {@code veerkracht scenario deactivate [-w <dir>] [--repo region/<id>] <scenario-id> [--date <d>] [-m <m>]}. */
    @Command(name = "deactivate")
    public static final class Deactivate extends ScenarioStep {

        public Deactivate(CommandContext context) {
            super(context);
        }

        @Override
        ScenarioCommit run(Workspace workspace, RepositoryName repository, LocalDate day) {
            return context.services().planStore().deactivateScenario(workspace, repository, scenarioId, day,
                    Optional.ofNullable(message), author(author));
        }
    }

    /** {@code veerkracht scenario list [-w <dir>] [--repo region/<id>]}: each scenario, in effect or not, and its review. */
    @Command(name = "list")
    public static final class ListScenarios extends VeerkrachtCommand {

        @Mixin
        WorkspaceOptions workspaceOptions;

        @Option(names = "--repo", paramLabel = "plan|region/<id>", descriptionKey = "option.repo")
        String repo;

        public ListScenarios(CommandContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            RepositoryName repository = WorkspaceOptions.repository(repo);
            PlanVersion plan = context.services().planStore().readWorkingTree(workspaceOptions.workspace(), repository);
            List<Scenario> scenarios = List.copyOf(plan.contents().scenarios().values());
            if (scenarios.isEmpty()) {
                context.say("scenario.list.none", repository.toString());
                return ExitCode.DONE.code();
            }
            String never = context.messages().text("scenario.list.neverReviewed");
            for (Scenario scenario : scenarios) {
                String reviewed = scenario.reviewed().map(LocalDate::toString).orElse(never);
                if (scenario.activeSince().isPresent()) {
                    context.say("scenario.list.active", scenario.id(), scenario.title(),
                            scenario.activeSince().get().toString(), scenario.activatedBy().orElse("-"), reviewed);
                } else {
                    context.say("scenario.list.inactive", scenario.id(), scenario.title(), reviewed,
                            scenario.stoodDown().map(LocalDate::toString).orElse("-"));
                }
            }
            return ExitCode.DONE.code();
        }
    }
}
