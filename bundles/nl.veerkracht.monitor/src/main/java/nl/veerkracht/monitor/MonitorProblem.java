package nl.veerkracht.monitor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.validation.Problem;

/**
 * Why an indicator could not be filled, as a message key with its arguments (the command line holds the
 * texts, {@code monitor.problem.<key>}), or a problem of the indicator's own file.
 *
 * <p>Keys and arguments: {@code http} (file, url, status), {@code timeout} (file, url, seconds),
 * {@code unreachable} (file, url, reason), {@code malformed} (file, url), {@code noTable} (file, line, column),
 * {@code noMeasure} (file, line, column), {@code noRegion} (file, line, column), {@code noMatch} (file, line,
 * column, what, typed, closest titles), {@code manyMatches} (file, line, column, what, typed, matches),
 * {@code dimensionMissing} (file, line, column, dimension, some categories), {@code settings} (file, line,
 * column, key, value), {@code unknownIndicator} (id), {@code notCbs} (id, source), {@code exportUnreadable}
 * (file, reason), {@code exportEmpty} (file), {@code exportColumn} (file, column, headers),
 * {@code exportPeriod} (file, line, text), {@code exportValue} (file, line, text), {@code exportTwice} (file,
 * line, period), {@code file} (the file's problem in {@link #fileProblem()}), {@code write} (file, reason).
 */
public record MonitorProblem(String key, List<String> arguments, Optional<Problem> fileProblem) {

    public MonitorProblem {
        Objects.requireNonNull(key);
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(fileProblem);
    }

    public static MonitorProblem of(String key, Object... arguments) {
        return new MonitorProblem(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList(),
                Optional.empty());
    }

    /** A problem of the indicator's file (YAML or CSV), as validation reports it. */
    public static MonitorProblem ofFile(Problem problem) {
        return new MonitorProblem("file", List.of(problem.path()), Optional.of(problem));
    }
}
