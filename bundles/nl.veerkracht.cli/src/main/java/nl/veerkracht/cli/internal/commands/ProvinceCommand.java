package nl.veerkracht.cli.internal.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;

/** {@code veerkracht province}: the province's programme, followed read-only. Alone it shows its subcommands. */
@Command(name = "province")
public final class ProvinceCommand extends VeerkrachtCommand {

    @Spec
    CommandSpec spec;

    public ProvinceCommand(CommandContext context) {
        super(context);
    }

    /** {@code province} with its subcommands. */
    public static CommandLine commandLine(CommandContext context) {
        CommandLine province = new CommandLine(new ProvinceCommand(context));
        province.addSubcommand(new ProvinceFollowCommand(context));
        return province;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.out());
        return ExitCode.USAGE.code();
    }
}
