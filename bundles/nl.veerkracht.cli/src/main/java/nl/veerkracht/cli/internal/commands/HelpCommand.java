package nl.veerkracht.cli.internal.commands;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.UsageError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veerkracht help [command...]}: every command with one line each, or the usage of one. */
@Command(name = "help")
public final class HelpCommand extends VeerkrachtCommand {

    @Parameters(arity = "0..*", paramLabel = "<opdracht>", descriptionKey = "help.parameter.command")
    String[] command = {};

    @Spec
    CommandSpec spec;

    public HelpCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        if (command.length == 0) {
            new CommandOverview(context).print(root);
            return ExitCode.DONE.code();
        }
        CommandLine target = root;
        for (String name : command) {
            target = target.getSubcommands().get(name);
            if (target == null) {
                throw UsageError.unknownCommand(String.join(" ", command));
            }
        }
        target.usage(context.out());
        return ExitCode.DONE.code();
    }
}
