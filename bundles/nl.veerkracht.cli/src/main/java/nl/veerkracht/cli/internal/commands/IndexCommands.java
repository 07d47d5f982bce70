package nl.veerkracht.cli.internal.commands;

import java.util.List;

import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.UsageError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The commands on the workspace index: {@code query actions}, {@code query budget},
 * {@code index rebuild}, {@code index verify}.
 */
public final class IndexCommands {

    private IndexCommands() {
    }

    /** {@code veerkracht query ...}: questions across the repositories of a workspace. */
    public static CommandLine query(CommandContext context) {
        CommandLine query = new CommandLine(new Group(context, "query", List.of("actions", "budget")));
        query.getCommandSpec().name("query");
        query.addSubcommand(new QueryActionsCommand(context));
        query.addSubcommand(new QueryBudgetCommand(context));
        return query;
    }

    /** {@code veerkracht index ...}: keeping the index. */
    public static CommandLine index(CommandContext context) {
        CommandLine index = new CommandLine(new Group(context, "index", List.of("rebuild", "verify")));
        index.getCommandSpec().name("index");
        index.addSubcommand(new IndexRebuildCommand(context));
        index.addSubcommand(new IndexVerifyCommand(context));
        return index;
    }

    /** A command that only groups others: on its own it is a usage error naming them. */
    @Command
    static final class Group extends VeerkrachtCommand {

        private final String name;
        private final List<String> subcommands;

        Group(CommandContext context, String name, List<String> subcommands) {
            super(context);
            this.name = name;
            this.subcommands = subcommands;
        }

        @Override
        public Integer call() {
            throw new UsageError("index.error.subcommand", name, String.join(", ", subcommands));
        }
    }
}
