package nl.veerkracht.cli.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.model.Observation;
import nl.veerkracht.monitor.IndicatorStatus;
import nl.veerkracht.monitor.IndicatorUpdate;
import nl.veerkracht.monitor.MonitorException;
import nl.veerkracht.monitor.MonitorProblem;
import nl.veerkracht.monitor.Revision;
import nl.veerkracht.store.RepositoryName;

/** The monitor's reports and problems, as lines for people and as JSON. */
public final class MonitorText {

    private final Messages messages;

    public MonitorText(Messages messages) {
        this.messages = messages;
    }

    /** A problem in one line: {@code monitor.problem.<key>}, or the indicator file's own problem. */
    public String problem(MonitorProblem problem) {
        if (problem.fileProblem().isPresent()) {
            return ProblemText.line(RepositoryName.PLAN, problem.fileProblem().get(), messages.language());
        }
        return messages.text("monitor.problem." + problem.key(), problem.arguments().toArray());
    }

    /** The failure that ends a command that could not start. */
    public CommandFailure failure(MonitorException e) {
        return new CommandFailure(ExitCode.FAILED, "monitor.problem.line", problem(e.problem()));
    }

    /** The report of one indicator: its new periods, its revised values, or nothing new. */
    public List<String> lines(IndicatorUpdate update) {
        if (update.nothingNew()) {
            return List.of(messages.text("monitor.update.nothingNew", update.indicator()));
        }
        List<String> lines = new java.util.ArrayList<>();
        if (!update.added().isEmpty()) {
            lines.add(messages.text("monitor.update.added", update.indicator(), update.added().size(),
                    update.added().stream().map(o -> o.period() + " " + plain(o.value()) + mark(update, o.period()))
                            .collect(Collectors.joining(", "))));
        }
        for (Revision revision : update.revised()) {
            lines.add(messages.text("monitor.update.revised", update.indicator(), revision.period(),
                    plain(revision.before()), plain(revision.after()) + mark(update, revision.period())));
        }
        return lines;
    }

    private String mark(IndicatorUpdate update, String period) {
        return update.provisional().contains(period) ? " " + messages.text("monitor.update.provisional") : "";
    }

    public JsonObjectBuilder json(IndicatorUpdate update) {
        JsonObjectBuilder object = JsonOutput.object().add("indicator", update.indicator()).add("file",
                "plan/" + update.file());
        JsonArrayBuilder added = JsonOutput.array();
        for (Observation observation : update.added()) {
            added.add(JsonOutput.object().add("period", observation.period())
                    .add("value", JsonOutput.value(observation.value()))
                    .add("provisional", update.provisional().contains(observation.period())));
        }
        JsonArrayBuilder revised = JsonOutput.array();
        for (Revision revision : update.revised()) {
            revised.add(JsonOutput.object().add("period", revision.period())
                    .add("before", JsonOutput.value(revision.before())).add("after", JsonOutput.value(revision.after()))
                    .add("provisional", update.provisional().contains(revision.period())));
        }
        object.add("added", added).add("revised", revised).add("nothing_new", update.nothingNew());
        update.failure().ifPresentOrElse(problem -> object.add("error", problem(problem)),
                () -> object.add("error", JsonValue.NULL));
        return object;
    }

    /** One indicator's status in a line. */
    public String line(IndicatorStatus status) {
        StringBuilder line = new StringBuilder(status.indicator()).append(": ").append(status.title()).append(": ");
        if (status.latest().isEmpty()) {
            line.append(messages.text("monitor.status.none"));
        } else {
            line.append(messages.text("monitor.status.latest", plain(status.latest().get().value()),
                    status.unit().orElse(""), status.latest().get().period()).replace("  ", " "));
        }
        status.baseline().ifPresent(b -> line.append(", ").append(messages.text("monitor.status.baseline", plain(b))));
        status.target().ifPresent(t -> line.append(", ").append(messages.text("monitor.status.target", plain(t))));
        status.progress().ifPresent(p -> line.append(", ").append(messages.text("monitor.status.progress",
                Integer.toString(p))));
        line.append(", ").append(messages.text("monitor.trend." + status.trend().name().toLowerCase(Locale.ROOT)));
        status.onTrack().ifPresent(on -> line.append(", ").append(messages.text(on ? "monitor.status.onTrack"
                : "monitor.status.offTrack")));
        if (status.stale()) {
            line.append(", ").append(messages.text("monitor.status.stale"));
        }
        return line.toString();
    }

    public JsonObjectBuilder json(IndicatorStatus status) {
        JsonObjectBuilder object = JsonOutput.object().add("indicator", status.indicator()).add("title", status.title())
                .add("source", status.source().code());
        status.unit().ifPresentOrElse(unit -> object.add("unit", unit), () -> object.add("unit", JsonValue.NULL));
        status.latest().ifPresentOrElse(latest -> object.add("latest", JsonOutput.object()
                .add("period", latest.period()).add("value", JsonOutput.value(latest.value()))),
                () -> object.add("latest", JsonValue.NULL));
        status.baseline().ifPresentOrElse(b -> object.add("baseline", JsonOutput.value(b)),
                () -> object.add("baseline", JsonValue.NULL));
        status.target().ifPresentOrElse(t -> object.add("target", JsonOutput.value(t)),
                () -> object.add("target", JsonValue.NULL));
        status.progress().ifPresentOrElse(p -> object.add("progress_percent", p),
                () -> object.add("progress_percent", JsonValue.NULL));
        object.add("trend", status.trend().name().toLowerCase(Locale.ROOT));
        status.onTrack().ifPresentOrElse(on -> object.add("on_track", on), () -> object.add("on_track", JsonValue.NULL));
        return object.add("stale", status.stale());
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
