package nl.veerkracht.cli.internal.commands;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.BudgetListing;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.index.BudgetGrouping;
import nl.veerkracht.index.BudgetTotal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht query budget [-w <dir>] [--by term|source|municipality] [--format json]}: the money of
 * the actions per repository, by term, by source, or per municipality (a regional plan's contributions
 * per member).
 */
@Command(name = "budget")
public final class QueryBudgetCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--by", paramLabel = "term|source|municipality", descriptionKey = "query.option.by")
    String by = BudgetGrouping.TERM.code();

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    public QueryBudgetCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        BudgetGrouping grouping = QueryActionsCommand.choice(BudgetGrouping.class, by, "--by");
        List<BudgetTotal> totals = context.services().index().budget(workspaceOptions.workspace(), grouping);
        if (format == OutputFormat.json) {
            JsonArrayBuilder array = JsonOutput.array();
            for (BudgetTotal total : totals) {
                JsonObjectBuilder object = JsonOutput.object().add("repository", total.repository());
                total.owner().ifPresent(owner -> object.add("owner", owner));
                total.group().ifPresentOrElse(group -> object.add(grouping.code(), group),
                        () -> object.addNull(grouping.code()));
                array.add(object.add("amount", total.amount()).add("actions", total.actions())
                        .add("without_amount", total.withoutAmount()));
            }
            JsonOutput.print(context.out(), JsonOutput.object().add("by", grouping.code()).add("totals", array)
                    .build());
            return ExitCode.DONE.code();
        }
        BudgetListing.print(context, totals, grouping);
        return ExitCode.DONE.code();
    }
}
