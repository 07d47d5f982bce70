package nl.veerkracht.model.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import nl.veerkracht.model.document.SourcePosition;

/**
 * What is wrong, and where: a file (its path in the repository), a position in it (line and column,
 * from 1; {@link SourcePosition#UNKNOWN} when the problem is that a file is missing), a message key of
 * the catalogue, and the arguments the message is filled in with.
 *
 * <p>An argument is a {@code String}, or a {@code List<String>} of alternatives that the message
 * joins in its language ("short, medium or long", "short, medium of long").
 *
 * @param path the file, relative to the repository root
 * @param position where in the file; the offending value, the key of an unknown or duplicate key, the
 *        map that lacks a required field
 * @param key the message key, as in {@code problems.properties}
 * @param arguments the message's arguments
 * @param severity always {@link Severity#ERROR} for now
 */
public record Problem(String path, SourcePosition position, String key, List<Object> arguments, Severity severity) {

    /**
     * Problems in the order a user reads them: by file, then line, then column. Sort with a stable sort
     * ({@link java.util.List#sort}) so that problems at the same place keep the order they were found in.
     */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(problem -> problem.position().line())
            .thenComparingInt(problem -> problem.position().column());

    public Problem {
        Objects.requireNonNull(path);
        Objects.requireNonNull(position);
        Objects.requireNonNull(key);
        Objects.requireNonNull(severity);
        List<Object> copy = new ArrayList<>();
        for (Object argument : arguments) {
            if (argument instanceof String) {
                copy.add(argument);
            } else if (argument instanceof List<?> alternatives
                    && alternatives.stream().allMatch(String.class::isInstance)) {
                copy.add(List.copyOf(alternatives));
            } else {
                throw new IllegalArgumentException("an argument is a String or a List<String>, not " + argument);
            }
        }
        arguments = List.copyOf(copy);
    }

    /** An error at {@code position} in {@code path}. */
    public static Problem error(String path, SourcePosition position, String key, Object... arguments) {
        return new Problem(path, position, key, List.of(arguments), Severity.ERROR);
    }

    /** The message alone, in {@code language}: {@code term must be short, medium or long, not 'kort'}. */
    public String message(Language language) {
        return ProblemMessages.message(this, language);
    }

    /**
     * The problem as one line, {@code path:line:column: message} ({@code path: message} when the
     * position is unknown), in {@code language}.
     */
    public String render(Language language) {
        return ProblemMessages.render(this, language);
    }

    /** The problem rendered in English. */
    @Override
    public String toString() {
        return render(Language.EN);
    }
}
