package nl.veerkracht.format.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.schema.Schema;
import nl.veerkracht.model.validation.Problem;

/**
 * A lesson: {@code ---}, YAML front matter, {@code ---}, then Markdown text. The text becomes the
 * field {@code body} of the lesson's map. The file's final newline is not part of the text, so that
 * any text, with or without newlines at its end, is written back byte for byte.
 */
public final class LessonFile {

    private static final String FENCE = "---\n";
    private static final String BODY = Schema.LESSON_BODY;

    private LessonFile() {
    }

    public static MapNode read(String path, String text) throws PlanFileException {
        if (!text.startsWith(FENCE)) {
            throw PlanText.fail(path, new SourcePosition(1, 1), "lesson.frontMatterMissing");
        }
        int close = text.indexOf("\n---\n", FENCE.length() - 1);
        int bodyStart = close + 5;
        if (close < 0 && text.endsWith("\n---")) {
            close = text.length() - 4;
            bodyStart = text.length();
        }
        if (close < 0) {
            throw PlanText.fail(path, new SourcePosition(1, 1), "lesson.frontMatterUnclosed");
        }
        String frontMatter = text.substring(FENCE.length(), Math.max(FENCE.length(), close + 1));
        MapNode fields = YamlReader.read(path, frontMatter, 1, Schema.of(EntityKind.LESSON));
        if (fields.entries().containsKey(BODY)) {
            throw new PlanFileException(
                    List.of(Problem.error(path, fields.keyPosition(BODY), "lesson.bodyInFrontMatter")));
        }
        String body = text.substring(bodyStart);
        if (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.isEmpty()) {
            return fields;
        }
        int bodyLine = (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count() + 1;
        SourcePosition at = new SourcePosition(bodyLine, 1);
        Map<String, Node> entries = new LinkedHashMap<>(fields.entries());
        Map<String, SourcePosition> keyPositions = new LinkedHashMap<>();
        fields.keys().forEach(key -> keyPositions.put(key, fields.keyPosition(key)));
        entries.put(BODY, ScalarNode.of(ScalarNode.Type.STRING, body, at));
        keyPositions.put(BODY, at);
        return MapNode.of(entries, keyPositions, fields.position());
    }

    public static String write(MapNode lesson) {
        String body = "";
        Node bodyNode = lesson.entries().get(BODY);
        if (bodyNode != null && !(bodyNode instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.NULL)) {
            if (!(bodyNode instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.STRING)) {
                throw new IllegalArgumentException("a lesson's body is text, not " + bodyNode);
            }
            body = scalar.text();
            body.codePoints().filter(c -> !PlanText.isAllowed(c)).findFirst().ifPresent(c -> {
                throw new IllegalArgumentException(String.format("a lesson's text cannot hold U+%04X", c));
            });
        }
        String frontMatter = YamlWriter.write(lesson.without(BODY), Schema.of(EntityKind.LESSON));
        return FENCE + frontMatter + FENCE + (body.isEmpty() ? "" : body + "\n");
    }
}
