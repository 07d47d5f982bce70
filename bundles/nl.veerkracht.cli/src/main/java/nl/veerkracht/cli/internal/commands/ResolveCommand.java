package nl.veerkracht.cli.internal.commands;

import java.util.Optional;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.ChangeText;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.UsageError;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.region.ResolutionChoice;
import nl.veerkracht.region.ResolveOutcome;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veerkracht resolve [-w <dir>] <entity-id> <field-path> (--ours | --theirs | --value <value>)}:
 * settles one open conflict of a pending merge; the next {@code sync} makes the merge commit once all are
 * settled. An unknown conflict is an error (exit 5), a field path that cannot be read a usage error (exit 2).
 */
@Command(name = "resolve")
public final class ResolveCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "resolve.parameter.entity")
    String entity;

    @Parameters(index = "1", paramLabel = "<veld>", descriptionKey = "resolve.parameter.field")
    String field;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    @Option(names = "--region", paramLabel = "<id>", descriptionKey = "resolve.option.region")
    String region;

    /** Exactly one of {@code --ours}, {@code --theirs}, {@code --value}. */
    static final class Choice {
        @Option(names = "--ours", required = true, descriptionKey = "resolve.option.ours")
        boolean ours;

        @Option(names = "--theirs", required = true, descriptionKey = "resolve.option.theirs")
        boolean theirs;

        @Option(names = "--value", required = true, paramLabel = "<waarde>", descriptionKey = "resolve.option.value")
        String value;
    }

    public ResolveCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        FieldPath path;
        try {
            path = field.equals("''") || field.isEmpty() ? FieldPath.root() : FieldPath.parse(field);
        } catch (IllegalArgumentException e) {
            throw new UsageError("resolve.error.field", field, e.getMessage());
        }
        ResolutionChoice chosen = choice.value != null ? ResolutionChoice.value(choice.value)
                : choice.theirs ? ResolutionChoice.theirs() : ResolutionChoice.ours();
        ResolveOutcome outcome = context.services().regionService().resolve(workspaceOptions.workspace(), entity, path,
                chosen, Optional.ofNullable(region));
        String shown = path.isRoot() ? context.messages().text("change.wholeEntity") : path.toString();
        context.say("resolve.done", outcome.conflict().entityId(), shown,
                new ChangeText(context.messages()).value(outcome.value()));
        int open = outcome.pending().open().size();
        context.say(open == 0 ? "resolve.allSettled" : "resolve.open", open);
        return ExitCode.DONE.code();
    }
}
