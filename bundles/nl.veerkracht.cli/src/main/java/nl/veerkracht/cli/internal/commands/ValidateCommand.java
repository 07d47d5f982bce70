package nl.veerkracht.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.cli.internal.ProblemText;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht validate [-w <dir>]}: checks the working tree of every repository the user
 * writes (the plan, the regional plans); exit 0 when valid, 1 with every finding listed.
 */
@Command(name = "validate")
public final class ValidateCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    public ValidateCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Workspace workspace = workspaceOptions.workspace();
        List<PlanVersion> reads = new ArrayList<>();
        for (RepositoryName repository : workspace.repositories()) {
            if (!repository.isReadOnly()) {
                reads.add(context.services().planStore().readWorkingTree(workspace, repository));
            }
        }
        int problems = reads.stream().mapToInt(read -> read.problems().size()).sum();
        if (format == OutputFormat.json) {
            JsonArrayBuilder repositories = JsonOutput.array();
            for (PlanVersion read : reads) {
                repositories.add(JsonOutput.object()
                        .add("repository", read.repository().folder())
                        .add("files", read.snapshot().size())
                        .add("valid", read.isValid())
                        .add("problems", ProblemText.json(read.repository(), read.problems(), context.language())));
            }
            JsonOutput.print(context.out(), JsonOutput.object()
                    .add("valid", problems == 0)
                    .add("repositories", repositories)
                    .build());
        } else {
            for (PlanVersion read : reads) {
                read.problems().forEach(problem -> context.out().println(
                        ProblemText.line(read.repository(), problem, context.language())));
            }
            for (PlanVersion read : reads) {
                if (read.isValid()) {
                    context.say("validate.valid", read.repository(), read.snapshot().size());
                } else {
                    context.say("validate.invalid", read.repository(), read.problems().size());
                }
            }
        }
        return problems == 0 ? ExitCode.DONE.code() : ExitCode.FINDINGS.code();
    }
}
