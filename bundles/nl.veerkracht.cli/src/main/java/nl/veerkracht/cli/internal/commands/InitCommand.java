package nl.veerkracht.cli.internal.commands;

import java.nio.file.Path;
import java.util.Optional;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.UsageError;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veerkracht init <dir> --code GM0758 --name Breda [--province PV30]}. */
@Command(name = "init")
public final class InitCommand extends VeerkrachtCommand {

    @Parameters(index = "0", paramLabel = "<map>", descriptionKey = "init.parameter.dir")
    String dir;

    @Option(names = "--code", required = true, paramLabel = "<GMxxxx|PVxx>", descriptionKey = "init.option.code")
    String code;

    @Option(names = "--name", required = true, paramLabel = "<naam>", descriptionKey = "init.option.name")
    String name;

    @Option(names = "--province", paramLabel = "<PVxx>", descriptionKey = "init.option.province")
    String province;

    @Option(names = "--author", paramLabel = "\"Naam <e-mail>\"", descriptionKey = "option.author")
    String author;

    public InitCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (!isNamed(RepositoryName::member, code) && !isNamed(RepositoryName::province, code)) {
            throw new UsageError("init.error.code", code);
        }
        if (province != null && !isNamed(RepositoryName::province, province)) {
            throw new UsageError("init.error.province", province);
        }
        if (name.isBlank()) {
            throw new UsageError("init.error.name");
        }
        Workspace workspace = context.services().planStore().init(path(dir), code, name, Optional.ofNullable(province),
                author(author));
        context.say("init.done", name, code, workspace.directoryOf(RepositoryName.PLAN));
        context.say("init.next", workspace.root());
        return ExitCode.DONE.code();
    }

    static Path path(String text) {
        return Path.of(text);
    }
}
