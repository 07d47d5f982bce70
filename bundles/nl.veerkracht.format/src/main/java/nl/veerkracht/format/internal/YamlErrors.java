package nl.veerkracht.format.internal;

import java.util.Optional;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;

import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.validation.Problem;

/**
 * snakeyaml-engine's syntax errors in plain words: the mistakes people make most (a colon in a value,
 * an unclosed quote, a tab, indentation) get a message of their own; any other one is told with the
 * parser's own words.
 */
final class YamlErrors {

    private YamlErrors() {
    }

    static Problem problem(String path, YamlEngineException e, int lineOffset, SourcePosition fallback) {
        if (e instanceof YamlVersionException) {
            return Problem.error(path, new SourcePosition(1 + lineOffset, 1), "yaml.directive");
        }
        if (!(e instanceof MarkedYamlEngineException marked)) {
            return Problem.error(path, fallback, "yaml.syntax", String.valueOf(e.getMessage()));
        }
        String problem = String.valueOf(marked.getProblem());
        String context = String.valueOf(marked.getContext());
        SourcePosition at = position(marked.getProblemMark(), lineOffset, fallback);
        SourcePosition contextAt = position(marked.getContextMark(), lineOffset, at);
        if (problem.contains("(TAB)")) {
            return Problem.error(path, at, "yaml.tab");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return Problem.error(path, at, "yaml.colonInValue");
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return Problem.error(path, contextAt, "yaml.unclosedQuote");
        }
        if (problem.startsWith("found unknown escape character ")) {
            String rest = problem.substring("found unknown escape character ".length());
            String escape = rest.isEmpty() ? "?" : rest.substring(0, rest.offsetByCodePoints(0, 1));
            return Problem.error(path, at, "yaml.badEscape", escape);
        }
        if (problem.startsWith("could not find expected ':'")) {
            return Problem.error(path, contextAt, "yaml.missingColon");
        }
        if (problem.startsWith("found character '") && problem.contains("cannot start any token")) {
            int start = "found character '".length();
            int end = problem.indexOf('\'', start);
            return Problem.error(path, at, "yaml.cannotStart", end > start ? problem.substring(start, end) : "?");
        }
        if (context.startsWith("while scanning an alias")) {
            // *@etten-leur.nl, a member's e-mail pattern without its quotes: text was meant, not an alias
            return Problem.error(path, contextAt, "yaml.cannotStart", "*");
        }
        if (context.startsWith("while parsing a block") && problem.startsWith("expected <block end>")) {
            return Problem.error(path, at, "yaml.indentation");
        }
        String words = marked.getContext() == null ? problem : context + ": " + problem;
        return Problem.error(path, at, "yaml.syntax", words);
    }

    private static SourcePosition position(Optional<Mark> mark, int lineOffset, SourcePosition fallback) {
        return mark.map(m -> new SourcePosition(m.getLine() + 1 + lineOffset, m.getColumn() + 1)).orElse(fallback);
    }
}
