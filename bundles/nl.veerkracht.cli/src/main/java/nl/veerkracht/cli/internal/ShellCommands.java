package nl.veerkracht.cli.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.cli.CommandRunner;

/**
 * The commands in the Gogo shell. Typing {@code veerkracht validate -w breda} there runs exactly
 * what {@code bin/veerkracht validate -w breda} runs.
 */
@Component(service = ShellCommands.class, immediate = true, property = {
    "osgi.command.scope=veerkracht",
    "osgi.command.function=veerkracht",
})
public final class ShellCommands {

    private final CommandRunner runner;

    @Activate
    public ShellCommands(@Reference CommandRunner runner) {
        this.runner = runner;
    }

    /** Runs one command line; the exit code is printed when it is not 0. */
    public void veerkracht(String... args) {
        int exitCode = runner.run(args, System.in, System.out, System.err);
        if (exitCode != 0) {
            System.err.println("(exit " + exitCode + ")");
        }
    }
}
