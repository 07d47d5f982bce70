package nl.veerkracht.cli.internal.commands;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;

/**
 * A command that only groups others ({@code region create|add-member|join}, {@code keys create},
 * {@code province follow}): on its own it shows its subcommands, and the command line is wrong (exit 2).
 */
@Command
public final class CommandGroup extends VeerkrachtCommand {

    @Spec
    CommandSpec spec;

    private CommandGroup(CommandContext context) {
        super(context);
    }

    /** The group {@code name} with its subcommands, ready to be added to the root command. */
    public static CommandLine of(CommandContext context, String name, VeerkrachtCommand... subcommands) {
        CommandLine group = new CommandLine(new CommandGroup(context));
        group.getCommandSpec().name(name);
        for (VeerkrachtCommand subcommand : subcommands) {
            group.addSubcommand(subcommand);
        }
        return group;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.out());
        return ExitCode.USAGE.code();
    }
}
