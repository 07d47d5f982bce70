package nl.veerkracht.cli.internal.commands;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veerkracht} itself: {@code --version}, or the overview of the commands when nothing else is asked. */
@Command(name = "veerkracht")
public final class RootCommand extends VeerkrachtCommand {

    @Option(names = "--version", descriptionKey = "option.version")
    boolean version;

    @Spec
    CommandSpec spec;

    public RootCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (version) {
            context.out().println("veerkracht " + context.productVersion());
            return ExitCode.DONE.code();
        }
        new CommandOverview(context).print(spec.commandLine());
        return ExitCode.USAGE.code();
    }
}
