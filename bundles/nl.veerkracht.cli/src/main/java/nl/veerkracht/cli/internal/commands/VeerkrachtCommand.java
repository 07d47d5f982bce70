package nl.veerkracht.cli.internal.commands;

import java.util.concurrent.Callable;

import nl.veerkracht.cli.internal.CommandContext;
import picocli.CommandLine.Option;

/**
 * The base of every command: it answers {@code -h}/{@code --help} and sees the
 * {@link CommandContext} of the run.
 */
public abstract class VeerkrachtCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "option.help")
    boolean helpRequested;

    protected final CommandContext context;

    protected VeerkrachtCommand(CommandContext context) {
        this.context = context;
    }
}
