package nl.veerkracht.cli.internal.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.CommandFailure;
import nl.veerkracht.cli.internal.UsageError;
import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.RegionChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht region add-member [-w <dir>] --id <id> --code <GMxxxx> --name <name> --url <url>
 * [--plan-url <url>] [--key <ssh-public-key-file>]}: the coordinator adds a member (one commit).
 */
@Command(name = "add-member")
public final class RegionAddMemberCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--id", required = true, paramLabel = "<id>", descriptionKey = "region.option.id")
    String id;

    @Option(names = "--code", required = true, paramLabel = "<GMxxxx>", descriptionKey = "region.option.code")
    String code;

    @Option(names = "--name", required = true, paramLabel = "<naam>", descriptionKey = "region.option.memberName")
    String name;

    @Option(names = "--url", required = true, paramLabel = "<url>", descriptionKey = "region.option.memberUrl")
    String url;

    @Option(names = "--plan-url", paramLabel = "<url>", descriptionKey = "region.option.planUrl")
    String planUrl;

    @Option(names = "--key", paramLabel = "<bestand.pub>", descriptionKey = "region.option.key")
    String key;

    public RegionAddMemberCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Optional<String> publicKey = Optional.ofNullable(key).map(RegionAddMemberCommand::firstLine);
        RegionChange change = context.services().regionService().addMember(workspaceOptions.workspace(), regionId(id),
                new NewMember(municipalityCode(code), name, url(url), Optional.ofNullable(url(planUrl)), publicKey));
        context.say("region.memberAdded", name, code, change.plan().name(), change.commit().shortId());
        // the coordinator's clone as the others reach it: the url the plan lists for it, else its folder
        String coordinatorsClone = change.plan().coordinator().flatMap(change.plan()::member)
                .flatMap(member -> member.url())
                .orElse(workspaceOptions.workspace().directoryOf(change.repository()).toString());
        context.say("region.memberAdded.next", name, coordinatorsClone);
        return ExitCode.DONE.code();
    }

    private static String firstLine(String file) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageError("error.path.invalid", file);
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        } catch (java.io.IOException e) {
            throw new CommandFailure(ExitCode.FAILED, "region.error.keyUnreadable", file, e.getMessage());
        }
    }
}
