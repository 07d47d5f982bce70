package nl.veerkracht.cli.internal.commands;

import jakarta.json.Json;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.cli.internal.ProvinceText;
import nl.veerkracht.province.ProvinceReportJson;
import nl.veerkracht.province.ProvinceStepReport;
import nl.veerkracht.store.Workspace;

/**
 * {@code veerkracht province follow [-w <dir>] <url>}: mirrors the province's plan into
 * {@code province/<code>}, read-only; from then on {@code sync} pulls it and reports what changed.
 */
@Command(name = "follow")
public final class ProvinceFollowCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(index = "0", paramLabel = "<url>", descriptionKey = "province.follow.parameter.url")
    String url;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    public ProvinceFollowCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Workspace workspace = workspaceOptions.workspace();
        ProvinceStepReport.Pull pull = context.services().provinceService().follow(workspace, url);
        if (format == OutputFormat.json) {
            var json = JsonOutput.object().add("repository", pull.update().repository().folder())
                    .add("status", pull.update().status().name());
            pull.report().ifPresent(report -> json.add("report", ProvinceReportJson.json(report)));
            JsonOutput.print(context.out(), json.build());
            return ExitCode.DONE.code();
        }
        context.say("province.followed", pull.update().repository().name(), workspace.directoryOf(pull.update().repository()));
        pull.report().ifPresent(report -> new ProvinceText(context.messages()).report(report)
                .forEach(context.out()::println));
        context.say("province.followed.next");
        return ExitCode.DONE.code();
    }
}
