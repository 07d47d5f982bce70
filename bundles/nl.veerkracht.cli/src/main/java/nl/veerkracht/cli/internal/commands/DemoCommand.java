package nl.veerkracht.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.CommandFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code veerkracht demo <dir>}: builds an example workspace in {@code <dir>} and shows the main
 * job of Veerkracht on it.
 */
@Command(name = "demo")
public final class DemoCommand extends VeerkrachtCommand {

    @Parameters(index = "0", paramLabel = "<map>", descriptionKey = "demo.parameter.dir")
    String dir;

    public DemoCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Path target;
        try {
            target = Path.of(dir).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new CommandFailure(ExitCode.USAGE, "error.path.invalid", dir);
        }
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new CommandFailure(ExitCode.FAILED, "demo.error.notEmpty", target);
        }
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.FAILED, "error.io.createDirectory", target, e.getMessage());
        }
        context.say("demo.created", target);
        context.say("demo.plan");
        return ExitCode.DONE.code();
    }

    private static boolean isEmptyDirectory(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (var entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
