package nl.veerkracht.cli.internal;

import java.util.List;

import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine;

import nl.veerkracht.cli.internal.commands.ApproveCommand;
import nl.veerkracht.cli.internal.commands.CheckCommand;
import nl.veerkracht.cli.internal.commands.CommitCommand;
import nl.veerkracht.cli.internal.commands.ConflictsCommand;
import nl.veerkracht.cli.internal.commands.DemoCommand;
import nl.veerkracht.cli.internal.commands.DiffCommand;
import nl.veerkracht.cli.internal.commands.HelpCommand;
import nl.veerkracht.cli.internal.commands.IndexCommands;
import nl.veerkracht.cli.internal.commands.InitCommand;
import nl.veerkracht.cli.internal.commands.LogCommand;
import nl.veerkracht.cli.internal.commands.ProvinceCommand;
import nl.veerkracht.cli.internal.commands.RegionCommand;
import nl.veerkracht.cli.internal.commands.ResolveCommand;
import nl.veerkracht.cli.internal.commands.RootCommand;
import nl.veerkracht.cli.internal.commands.ShellCommand;
import nl.veerkracht.cli.internal.commands.ShowCommand;
import nl.veerkracht.cli.internal.commands.SyncCommand;
import nl.veerkracht.cli.internal.commands.ValidateCommand;

/**
 * Builds the tree of commands for one run, in the user's language. The order here is the order
 * in which {@code veerkracht help} lists them.
 */
final class CommandTree {

    private CommandTree() {
    }

    static CommandLine build(CommandContext context) {
        CommandLine root = new CommandLine(new RootCommand(context));
        for (Object command : List.of(
                new InitCommand(context),
                new ValidateCommand(context),
                new CheckCommand(context),
                new CommitCommand(context),
                new LogCommand(context),
                new DiffCommand(context),
                new ShowCommand(context),
                new ApproveCommand(context),
                RegionCommand.commandLine(context),
                ProvinceCommand.commandLine(context),
                new SyncCommand(context),
                new ConflictsCommand(context),
                new ResolveCommand(context),
                IndexCommands.query(context),
                IndexCommands.index(context),
                new DemoCommand(context),
                new HelpCommand(context),
                new ShellCommand(context))) {
            root.addSubcommand(command);
        }
        root.setExpandAtFiles(false);
        root.setResourceBundle(context.messages().bundle());
        localize(root, context.messages());
        return root;
    }

    private static void localize(CommandLine command, Messages messages) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        String key = "command." + command.getCommandSpec().qualifiedName(".").replaceFirst("^veerkracht\\.?", "");
        if (messages.has(key + ".summary")) {
            usage.description(messages.text(key + ".summary"));
        }
        usage.synopsisHeading(messages.text("usage.synopsisHeading"));
        usage.parameterListHeading(messages.text("usage.parameterListHeading"));
        usage.optionListHeading(messages.text("usage.optionListHeading"));
        usage.commandListHeading(messages.text("usage.commandListHeading"));
        for (CommandLine sub : command.getSubcommands().values()) {
            localize(sub, messages);
        }
    }
}
