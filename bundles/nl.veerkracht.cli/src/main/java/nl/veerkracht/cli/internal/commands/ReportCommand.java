package nl.veerkracht.cli.internal.commands;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.CommandFailure;
import nl.veerkracht.cli.internal.UsageError;
import nl.veerkracht.report.ReportException;
import nl.veerkracht.report.ReportFormat;
import nl.veerkracht.report.ReportRequest;
import nl.veerkracht.report.WrittenReport;
import nl.veerkracht.store.RepositoryName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht report [-w <dir>] [--repo plan|region/<id>] [--since <rev>] [--format pdf|html] [-o <file>]
 * [--date <yyyy-mm-dd>] [--informed]}: writes the council report of the plan as committed, compared with the
 * council's latest approval (or the revision named); with {@code --informed} it also sets
 * {@code council.last_informed} in the working tree, for the next commit.
 */
@Command(name = "report")
public final class ReportCommand extends VeerkrachtCommand {

    /** The file formats, as the option names them. */
    enum Format {
        pdf, html
    }

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--repo", paramLabel = "plan|region/<id>", descriptionKey = "report.option.repo")
    String repo;

    @Option(names = "--since", paramLabel = "<versie>", descriptionKey = "report.option.since")
    String since;

    @Option(names = "--format", paramLabel = "pdf|html", descriptionKey = "report.option.format")
    Format format = Format.pdf;

    @Option(names = {"-o", "--output"}, paramLabel = "<bestand>", descriptionKey = "report.option.output")
    String output;

    @Option(names = "--date", paramLabel = "<jjjj-mm-dd>", descriptionKey = "report.option.date")
    String date;

    @Option(names = "--informed", descriptionKey = "report.option.informed")
    boolean informed;

    public ReportCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        RepositoryName repository = WorkspaceOptions.repository(repo);
        if (repository.kind() != RepositoryName.Kind.PLAN && repository.kind() != RepositoryName.Kind.REGION) {
            throw new UsageError("report.error.repo", repo);
        }
        if (informed && repository.kind() == RepositoryName.Kind.REGION) {
            throw new UsageError("report.error.informedRegion", repo);
        }
        LocalDate day;
        try {
            day = date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UsageError("error.date.invalid", date);
        }
        Optional<Path> file;
        Path folder;
        try {
            file = output == null ? Optional.empty() : Optional.of(Path.of(output));
            folder = Path.of("").toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageError("error.path.invalid", output);
        }
        ReportRequest request = new ReportRequest(repository, Optional.ofNullable(since),
                format == Format.html ? ReportFormat.HTML : ReportFormat.PDF, file, folder, day, context.language(),
                informed);
        WrittenReport report;
        try {
            report = context.services().report().write(workspaceOptions.workspace(), request);
        } catch (ReportException e) {
            throw new CommandFailure(ExitCode.FAILED, "report.error." + switch (e.reason()) {
                case NO_COMMIT -> "noCommit";
                case NO_PLAN -> "noPlan";
                case NOT_INFORMABLE -> "informedRegion";
                case WRITE_FAILED -> "write";
                case INFORMED_FAILED -> "informed";
            }, e.details().toArray());
        }
        if (report.sinceFirstCommit()) {
            context.say("report.firstCommit", report.sinceCommit().substring(0, 10));
        }
        context.say("report.written", report.file(), report.commit().substring(0, 10), report.since());
        report.informed().ifPresent(plan -> context.say("report.informed", plan, day));
        return ExitCode.DONE.code();
    }
}
