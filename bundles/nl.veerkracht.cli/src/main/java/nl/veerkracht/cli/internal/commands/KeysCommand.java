package nl.veerkracht.cli.internal.commands;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;

/** {@code veerkracht keys create}: the municipality's signing key for signed regions. Alone it shows its subcommands. */
@Command(name = "keys")
public final class KeysCommand extends VeerkrachtCommand {

    @Spec
    CommandSpec spec;

    public KeysCommand(CommandContext context) {
        super(context);
    }

    /** {@code keys} with its subcommands. */
    public static CommandLine commandLine(CommandContext context) {
        CommandLine keys = new CommandLine(new KeysCommand(context));
        keys.addSubcommand(new KeysCreateCommand(context));
        return keys;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.out());
        return ExitCode.USAGE.code();
    }
}
