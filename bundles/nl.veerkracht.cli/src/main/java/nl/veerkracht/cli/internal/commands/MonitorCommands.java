package nl.veerkracht.cli.internal.commands;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.cli.internal.MonitorText;
import nl.veerkracht.cli.internal.UsageError;
import nl.veerkracht.model.IndicatorSource;
import nl.veerkracht.model.Vocabulary;
import nl.veerkracht.monitor.CsvColumns;
import nl.veerkracht.monitor.IndicatorStatus;
import nl.veerkracht.monitor.IndicatorUpdate;
import nl.veerkracht.monitor.MonitorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veerkracht monitor update|import|status}: indicators fed from CBS and the portals' exports. */
public final class MonitorCommands {

    private MonitorCommands() {
    }

    /** The group with its three commands. */
    public static CommandLine monitor(CommandContext context) {
        return CommandGroup.of(context, "monitor", new Update(context), new Import(context), new Status(context));
    }

    /**
     * {@code veerkracht monitor update [-w <dir>] [--indicator <id>] [--format json] [<indicator-id>...]}: fetches
     * every CBS indicator (or those named) and writes its observations; exit 5 when a source failed.
     */
    @Command(name = "update")
    public static final class Update extends VeerkrachtCommand {

        @Mixin
        WorkspaceOptions workspaceOptions;

        @Option(names = "--indicator", paramLabel = "<id>", descriptionKey = "monitor.option.indicator")
        List<String> indicatorOptions = new ArrayList<>();

        @Parameters(paramLabel = "<indicator-id>", arity = "0..*", descriptionKey = "monitor.parameter.indicators")
        List<String> indicators = new ArrayList<>();

        @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
        OutputFormat format = OutputFormat.text;

        public Update(CommandContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            MonitorText text = new MonitorText(context.messages());
            List<String> named = new ArrayList<>(indicatorOptions);
            named.addAll(indicators);
            List<IndicatorUpdate> updates;
            try {
                updates = context.services().monitor().update(workspaceOptions.workspace(), named);
            } catch (MonitorException e) {
                throw text.failure(e);
            }
            boolean failed = updates.stream().anyMatch(update -> update.failure().isPresent());
            if (format == OutputFormat.json) {
                JsonArrayBuilder array = JsonOutput.array();
                updates.forEach(update -> array.add(text.json(update)));
                JsonOutput.print(context.out(), JsonOutput.object().add("indicators", array).add("failed", failed)
                        .build());
            } else {
                for (IndicatorUpdate update : updates) {
                    if (update.failure().isPresent()) {
                        context.err().println("veerkracht: " + context.messages().text("monitor.problem.line",
                                text.problem(update.failure().get())));
                    } else {
                        text.lines(update).forEach(context.out()::println);
                    }
                }
                if (updates.isEmpty()) {
                    context.say("monitor.update.noIndicators");
                }
            }
            return failed ? ExitCode.FAILED.code() : ExitCode.DONE.code();
        }
    }

    /**
     * {@code veerkracht monitor import [-w <dir>] <indicator-id> <file.csv> [--period <column>] [--value <column>]
     * [--source <name>]}: takes a portal's CSV export into the indicator's observations.
     */
    @Command(name = "import")
    public static final class Import extends VeerkrachtCommand {

        @Mixin
        WorkspaceOptions workspaceOptions;

        @Parameters(index = "0", paramLabel = "<indicator-id>", descriptionKey = "monitor.parameter.indicator")
        String indicator;

        @Parameters(index = "1", paramLabel = "<file.csv>", descriptionKey = "monitor.parameter.file")
        String file;

        @Option(names = "--period", paramLabel = "<column>", descriptionKey = "monitor.option.period")
        String period;

        @Option(names = "--value", paramLabel = "<column>", descriptionKey = "monitor.option.value")
        String value;

        @Option(names = "--source", paramLabel = "<name>", descriptionKey = "monitor.option.source")
        String source;

        @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
        OutputFormat format = OutputFormat.text;

        public Import(CommandContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            MonitorText text = new MonitorText(context.messages());
            Optional<IndicatorSource> chosen = Optional.empty();
            if (source != null) {
                chosen = Vocabulary.fromCode(IndicatorSource.class, source);
                if (chosen.isEmpty()) {
                    throw new UsageError("monitor.error.source", source,
                            String.join(", ", Vocabulary.codes(IndicatorSource.class)));
                }
            }
            Path export;
            try {
                export = Path.of(file);
            } catch (InvalidPathException e) {
                throw new UsageError("error.path.invalid", file);
            }
            IndicatorUpdate update;
            try {
                update = context.services().monitor().importCsv(workspaceOptions.workspace(), indicator, export,
                        new CsvColumns(Optional.ofNullable(period), Optional.ofNullable(value), chosen));
            } catch (MonitorException e) {
                throw text.failure(e);
            }
            if (format == OutputFormat.json) {
                JsonOutput.print(context.out(), text.json(update).build());
            } else {
                text.lines(update).forEach(context.out()::println);
            }
            return ExitCode.DONE.code();
        }
    }

    /** {@code veerkracht monitor status [-w <dir>] [--format json]}: where every indicator stands. */
    @Command(name = "status")
    public static final class Status extends VeerkrachtCommand {

        @Mixin
        WorkspaceOptions workspaceOptions;

        @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
        OutputFormat format = OutputFormat.text;

        public Status(CommandContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            MonitorText text = new MonitorText(context.messages());
            List<IndicatorStatus> statuses;
            try {
                statuses = context.services().monitor().status(workspaceOptions.workspace(), LocalDate.now());
            } catch (MonitorException e) {
                throw text.failure(e);
            }
            if (format == OutputFormat.json) {
                JsonArrayBuilder array = JsonOutput.array();
                statuses.forEach(status -> array.add(text.json(status)));
                JsonOutput.print(context.out(), JsonOutput.object().add("indicators", array).build());
            } else {
                statuses.forEach(status -> context.out().println(text.line(status)));
                if (statuses.isEmpty()) {
                    context.say("monitor.status.noIndicators");
                }
            }
            return ExitCode.DONE.code();
        }
    }
}
