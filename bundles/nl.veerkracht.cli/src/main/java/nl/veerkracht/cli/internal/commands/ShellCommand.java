package nl.veerkracht.cli.internal.commands;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import picocli.CommandLine.Command;

/**
 * {@code veerkracht shell}. The launcher opens the shell before any command runs, so this command
 * is only reached from inside the shell, where it says so.
 */
@Command(name = "shell")
public final class ShellCommand extends VeerkrachtCommand {

    public ShellCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context.say("shell.already");
        return ExitCode.DONE.code();
    }
}
