package nl.veerkracht.cli.internal.commands;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.region.RegionChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code veerkracht region join [-w <dir>] <url>}: clones a member's (or the hub's) regional plan into
 * {@code region/<id>}, once it is clear that this municipality is a member and the history keeps the rules.
 */
@Command(name = "join")
public final class RegionJoinCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(index = "0", paramLabel = "<url>", descriptionKey = "region.parameter.url")
    String url;

    public RegionJoinCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        RegionChange change = context.services().regionService().join(workspaceOptions.workspace(), url(url));
        context.say("region.joined", change.plan().name(), change.repository(), change.plan().members().size(),
                change.plan().coordinator().orElse("?"));
        context.say("region.joined.next", change.repository());
        return ExitCode.DONE.code();
    }
}
