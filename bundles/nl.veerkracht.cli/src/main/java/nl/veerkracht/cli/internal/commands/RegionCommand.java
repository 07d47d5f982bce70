package nl.veerkracht.cli.internal.commands;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code veerkracht region <create|add-member|join>}: the regional plans of the workspace. Alone, it
 * shows its subcommands.
 */
@Command(name = "region")
public final class RegionCommand extends VeerkrachtCommand {

    @Spec
    CommandSpec spec;

    public RegionCommand(CommandContext context) {
        super(context);
    }

    /** {@code region} with its subcommands, ready to be added to the root command. */
    public static CommandLine commandLine(CommandContext context) {
        CommandLine region = new CommandLine(new RegionCommand(context));
        region.addSubcommand(new RegionCreateCommand(context));
        region.addSubcommand(new RegionAddMemberCommand(context));
        region.addSubcommand(new RegionJoinCommand(context));
        return region;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.out());
        return ExitCode.USAGE.code();
    }
}
