package nl.veerkracht.cli.internal.commands;

import java.util.List;
import java.util.regex.Pattern;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.ActionListing;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.UsageError;
import nl.veerkracht.index.ActionHit;
import nl.veerkracht.index.ActionQuery;
import nl.veerkracht.index.ActionScope;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.Theme;
import nl.veerkracht.model.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht query actions [-w <dir>] [--scope plan|region|members|all] [--term ...] [--theme ...]
 * [--status ...] [--municipality GMxxxx] [--linked PVxx/<task>] [--format json]}: the actions that meet
 * every criterion, from the index, each with its municipalities and its file.
 */
@Command(name = "actions")
public final class QueryActionsCommand extends VeerkrachtCommand {

    private static final Pattern LINK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9-]*");

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--scope", paramLabel = "plan|region|members|all", descriptionKey = "query.option.scope")
    String scope = ActionScope.ALL.code();

    @Option(names = "--term", paramLabel = "short|medium|long", descriptionKey = "query.option.term")
    String term;

    @Option(names = "--theme", paramLabel = "<thema>", descriptionKey = "query.option.theme")
    String theme;

    @Option(names = "--status", paramLabel = "<status>", descriptionKey = "query.option.status")
    String status;

    @Option(names = "--municipality", paramLabel = "GMxxxx", descriptionKey = "query.option.municipality")
    String municipality;

    @Option(names = "--linked", paramLabel = "PVxx/<opgave>", descriptionKey = "query.option.linked")
    String linked;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    public QueryActionsCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ActionQuery query = ActionQuery.in(choice(ActionScope.class, scope, "--scope"));
        if (term != null) {
            query = query.withTerm(choice(Term.class, term, "--term"));
        }
        if (theme != null) {
            query = query.withTheme(choice(Theme.class, theme, "--theme"));
        }
        if (status != null) {
            query = query.withStatus(choice(ActionStatus.class, status, "--status"));
        }
        if (municipality != null) {
            query = query.withMunicipality(municipalityCode(municipality));
        }
        if (linked != null) {
            if (!LINK.matcher(linked).matches()) {
                throw new UsageError("query.error.linked", linked);
            }
            query = query.withLinked(linked);
        }
        List<ActionHit> hits = context.services().index().actions(workspaceOptions.workspace(), query);
        if (format == OutputFormat.json) {
            ActionListing.printJson(context, hits);
        } else {
            ActionListing.print(context, hits);
        }
        return ExitCode.DONE.code();
    }

    /** A word of a closed vocabulary, or a usage error that lists the words. */
    static <E extends Enum<E> & Vocabulary> E choice(Class<E> type, String value, String option) {
        return Vocabulary.fromCode(type, value).orElseThrow(() -> new UsageError("query.error.choice", value, option,
                String.join(", ", Vocabulary.codes(type))));
    }
}
