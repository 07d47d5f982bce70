package nl.veerkracht.cli.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine;

import nl.veerkracht.cli.internal.commands.ApproveCommand;
import nl.veerkracht.cli.internal.commands.ReportCommand;
import nl.veerkracht.cli.internal.commands.CheckCommand;
import nl.veerkracht.cli.internal.commands.CommandGroup;
import nl.veerkracht.cli.internal.commands.CommitCommand;
import nl.veerkracht.cli.internal.commands.ConflictsCommand;
import nl.veerkracht.cli.internal.commands.DemoCommand;
import nl.veerkracht.cli.internal.commands.DesktopCommand;
import nl.veerkracht.cli.internal.commands.DiffCommand;
import nl.veerkracht.cli.internal.commands.HelpCommand;
import nl.veerkracht.cli.internal.commands.IndexCommands;
import nl.veerkracht.cli.internal.commands.InitCommand;
import nl.veerkracht.cli.internal.commands.KeysCreateCommand;
import nl.veerkracht.cli.internal.commands.LogCommand;
import nl.veerkracht.cli.internal.commands.MonitorCommands;
import nl.veerkracht.cli.internal.commands.ProvinceFollowCommand;
import nl.veerkracht.cli.internal.commands.RegionAddMemberCommand;
import nl.veerkracht.cli.internal.commands.RegionCreateCommand;
import nl.veerkracht.cli.internal.commands.RegionJoinCommand;
import nl.veerkracht.cli.internal.commands.ResolveCommand;
import nl.veerkracht.cli.internal.commands.ScenarioCommands;
import nl.veerkracht.cli.internal.commands.RootCommand;
import nl.veerkracht.cli.internal.commands.ShellCommand;
import nl.veerkracht.cli.internal.commands.ShowCommand;
import nl.veerkracht.cli.internal.commands.SyncCommand;
import nl.veerkracht.cli.internal.commands.ValidateCommand;

/**
 * Builds the tree of commands for one run, in the user's language. The order here is the order
 * in which {@code veerkracht help} lists them.
 *
 * <p>Every command that is added costs picocli a reflective look at its class, and every run starts
 * a fresh runtime, so a run that names its command gets only that one (and {@code --version} alone
 * gets none). Help, the shell, an unknown command and an empty command line get them all, so that
 * the overview, the shell and picocli's suggestions see every command.
 */
final class CommandTree {

    /** A top-level command: its name, as its {@code @Command} says, and how to make it. */
    private record TopLevel(String name, Function<CommandContext, Object> create) {
    }

    private static final List<TopLevel> COMMANDS = List.of(
            new TopLevel("init", InitCommand::new),
            new TopLevel("validate", ValidateCommand::new),
            new TopLevel("check", CheckCommand::new),
            new TopLevel("commit", CommitCommand::new),
            new TopLevel("log", LogCommand::new),
            new TopLevel("diff", DiffCommand::new),
            new TopLevel("show", ShowCommand::new),
            new TopLevel("approve", ApproveCommand::new),
            new TopLevel("scenario", ScenarioCommands::scenario),
            new TopLevel("report", ReportCommand::new),
            new TopLevel("region", context -> CommandGroup.of(context, "region", new RegionCreateCommand(context),
                    new RegionAddMemberCommand(context), new RegionJoinCommand(context))),
            new TopLevel("keys", context -> CommandGroup.of(context, "keys", new KeysCreateCommand(context))),
            new TopLevel("province", context -> CommandGroup.of(context, "province", new ProvinceFollowCommand(context))),
            new TopLevel("sync", SyncCommand::new),
            new TopLevel("conflicts", ConflictsCommand::new),
            new TopLevel("resolve", ResolveCommand::new),
            new TopLevel("query", IndexCommands::query),
            new TopLevel("index", IndexCommands::index),
            new TopLevel("monitor", MonitorCommands::monitor),
            new TopLevel("demo", DemoCommand::new),
            new TopLevel("desktop", DesktopCommand::new),
            new TopLevel("help", HelpCommand::new),
            new TopLevel("shell", ShellCommand::new));

    /** Commands that need the whole tree to do their work. */
    private static final Set<String> NEED_EVERY_COMMAND = Set.of("help", "shell");

    private CommandTree() {
    }

    /** The whole tree, as {@code veerkracht help} shows it. */
    private static CommandLine build(CommandContext context) {
        return build(context, COMMANDS);
    }

    /** The tree this command line needs: see the class comment. */
    static CommandLine buildFor(CommandContext context, List<String> commandLine) {
        if (commandLine.equals(List.of("--version"))) {
            return build(context, List.of());
        }
        Optional<String> first = commandLine.stream().filter(word -> !word.startsWith("-")).findFirst();
        Optional<TopLevel> named = first.filter(name -> !NEED_EVERY_COMMAND.contains(name))
                .flatMap(name -> COMMANDS.stream().filter(command -> command.name().equals(name)).findFirst());
        return named.map(command -> build(context, List.of(command))).orElseGet(() -> build(context));
    }

    private static CommandLine build(CommandContext context, List<TopLevel> commands) {
        CommandLine root = new CommandLine(new RootCommand(context));
        for (TopLevel command : commands) {
            root.addSubcommand(command.create().apply(context));
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
