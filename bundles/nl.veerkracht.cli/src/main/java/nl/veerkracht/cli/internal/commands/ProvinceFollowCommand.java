package nl.veerkracht.cli.internal.commands;

import java.util.List;
import java.util.function.Function;

import jakarta.json.JsonArrayBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.ChangeText;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.HistoryText;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.cli.internal.ProvinceText;
import nl.veerkracht.province.FollowReport;
import nl.veerkracht.province.MirrorUpdate;
import nl.veerkracht.province.ProvinceReportJson;
import nl.veerkracht.store.Workspace;

/**
 * {@code veerkracht province follow [-w <dir>] <url> [--replace]}: mirrors the province's plan into
 * {@code province/<code>}, read-only; from then on {@code sync} pulls it and reports what changed. With
 * {@code --replace}, a province followed already is brought to the history at {@code <url>} even when it was
 * rewritten, and what that drops from the old history is said.
 */
@Command(name = "follow")
public final class ProvinceFollowCommand extends VeerkrachtCommand {

    /** How many dropped commits and differing entities are listed; the rest is counted. */
    private static final int LISTED = 10;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(index = "0", paramLabel = "<url>", descriptionKey = "province.follow.parameter.url")
    String url;

    @Option(names = "--replace", descriptionKey = "province.follow.option.replace")
    boolean replace;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    public ProvinceFollowCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Workspace workspace = workspaceOptions.workspace();
        FollowReport followed = context.services().provinceService().follow(workspace, url(url), replace);
        MirrorUpdate update = followed.pull().update();
        if (format == OutputFormat.json) {
            var json = JsonOutput.object().add("repository", update.repository().folder())
                    .add("status", update.status().name());
            update.from().ifPresent(from -> json.add("from", from));
            update.to().ifPresent(to -> json.add("to", to));
            if (replace) {
                JsonArrayBuilder dropped = JsonOutput.array();
                followed.dropped().forEach(entry -> dropped.add(JsonOutput.object().add("commit", entry.commitId())
                        .add("subject", entry.subject())));
                JsonArrayBuilder differences = JsonOutput.array();
                followed.differences().entities().forEach(change -> differences.add(JsonOutput.object()
                        .add("file", change.path()).add("change", change.type().name().toLowerCase())));
                json.add("dropped", dropped).add("differences", differences);
            }
            followed.pull().report().ifPresent(report -> json.add("report", ProvinceReportJson.json(report)));
            JsonOutput.print(context.out(), json.build());
            return ExitCode.DONE.code();
        }
        String province = update.repository().name();
        String folder = workspace.directoryOf(update.repository()).toString();
        switch (update.status()) {
            case UP_TO_DATE -> {
                context.say("province.replace.upToDate", province, folder);
                return ExitCode.DONE.code();
            }
            case UPDATED -> context.say("province.replace.forward", province, folder, update.commits());
            case REPLACED -> {
                context.say("province.replaced", province, folder, update.source().orElse(url));
                indented("province.replaced.dropped", followed.dropped().size());
                list(followed.dropped(), HistoryText::line);
                if (followed.differences().isEmpty()) {
                    indented("province.replaced.sameFiles");
                } else {
                    indented("province.replaced.differences");
                    list(followed.differences().entities(), new ChangeText(context.messages())::entity);
                }
            }
            default -> context.say("province.followed", province, folder);
        }
        followed.pull().report().ifPresent(report -> new ProvinceText(context.messages()).report(report)
                .forEach(context.out()::println));
        context.say("province.followed.next");
        return ExitCode.DONE.code();
    }

    private void indented(String key, Object... args) {
        context.out().println("  " + context.messages().text(key, args));
    }

    /** The first {@link #LISTED} items, one a line, and how many more there are. */
    private <T> void list(List<T> items, Function<T, String> line) {
        items.stream().limit(LISTED).forEach(item -> context.out().println("    " + line.apply(item)));
        if (items.size() > LISTED) {
            context.out().println("    " + context.messages().text("province.replaced.more", items.size() - LISTED));
        }
    }
}
