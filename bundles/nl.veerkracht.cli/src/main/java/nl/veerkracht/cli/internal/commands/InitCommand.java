package nl.veerkracht.cli.internal.commands;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.UsageError;
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

    private static final Pattern CODE = Pattern.compile("GM[0-9]{4}|PV[0-9]{2}");
    private static final Pattern PROVINCE = Pattern.compile("PV[0-9]{2}");

    @Override
    public Integer call() {
        if (!CODE.matcher(code).matches()) {
            throw new UsageError("init.error.code", code);
        }
        if (province != null && !PROVINCE.matcher(province).matches()) {
            throw new UsageError("init.error.province", province);
        }
        if (name.isBlank()) {
            throw new UsageError("init.error.name");
        }
        Workspace workspace = context.services().planStore().init(path(dir), code, name, Optional.ofNullable(province),
                author(author));
        context.say("init.done", name, code, workspace.directoryOf(nl.veerkracht.store.RepositoryName.PLAN));
        context.say("init.next", workspace.root());
        return ExitCode.DONE.code();
    }

    static Path path(String text) {
        return Path.of(text);
    }
}
