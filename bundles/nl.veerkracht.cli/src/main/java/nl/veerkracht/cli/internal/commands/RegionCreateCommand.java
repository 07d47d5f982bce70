package nl.veerkracht.cli.internal.commands;

import java.util.Optional;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.RegionChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht region create [-w <dir>] --id <id> --name <name> [--url <url>] [--plan-url <url>] [--hub <url>] [--require-signed]}:
 * starts {@code region/<id>} with this municipality as coordinator and first member.
 */
@Command(name = "create")
public final class RegionCreateCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--id", required = true, paramLabel = "<id>", descriptionKey = "region.option.id")
    String id;

    @Option(names = "--name", required = true, paramLabel = "<naam>", descriptionKey = "region.option.name")
    String name;

    @Option(names = "--url", paramLabel = "<url>", descriptionKey = "region.option.url")
    String url;

    @Option(names = "--plan-url", paramLabel = "<url>", descriptionKey = "region.option.ownPlanUrl")
    String planUrl;

    @Option(names = "--hub", paramLabel = "<url>", descriptionKey = "region.option.hub")
    String hub;

    @Option(names = "--require-signed", descriptionKey = "region.option.requireSigned")
    boolean requireSigned;

    public RegionCreateCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        RegionChange change = context.services().regionService().create(workspaceOptions.workspace(),
                new NewRegion(regionId(id), name, Optional.ofNullable(url(url)), Optional.ofNullable(url(hub)), requireSigned,
                        Optional.ofNullable(url(planUrl))));
        String coordinator = change.plan().coordinator().orElse("?");
        String coordinatorName = change.plan().member(coordinator).map(member -> member.name()).orElse(coordinator);
        context.say("region.created", change.plan().name(), change.repository(), coordinatorName, coordinator,
                change.commit().shortId());
        change.plan().hub().ifPresent(address -> context.say("region.created.hub", address));
        if (change.plan().signedCommitsRequired()) {
            context.say("region.created.signed");
        }
        context.say("region.created.next", change.plan().id());
        return ExitCode.DONE.code();
    }
}
