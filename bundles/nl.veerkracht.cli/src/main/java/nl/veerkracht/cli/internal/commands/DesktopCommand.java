package nl.veerkracht.cli.internal.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;

/**
 * {@code veerkracht desktop [-w <dir>]}: the launcher opens the desktop client itself (with the
 * desktop client's bundles, which the command line runs without), so this command is only reached
 * from inside the shell, where it says how to start the client. It is here for {@code help}.
 */
@Command(name = "desktop")
public final class DesktopCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    public DesktopCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context.say("desktop.fromShell");
        return ExitCode.DONE.code();
    }
}
