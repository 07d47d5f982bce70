package nl.veerkracht.format.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.schema.DictionaryShape;
import nl.veerkracht.model.schema.ListShape;
import nl.veerkracht.model.schema.MapShape;
import nl.veerkracht.model.schema.ScalarShape;
import nl.veerkracht.model.schema.Shape;
import nl.veerkracht.model.validation.Problem;

/**
 * Reads the strict YAML subset of plan files into a document, from snakeyaml-engine's events (its
 * parser, not its composer: aliases are never expanded, so an alias bomb costs nothing).
 *
 * <p>Rejected, each with its position: anchors, aliases, tags, directives, duplicate keys, keys that
 * are not single values, a second document, nesting deeper than {@link #MAX_DEPTH}, and every syntax
 * error. A root that is not a map is rejected; an empty file is an empty map. Where the schema says a
 * value is text, an unquoted {@code 56} or {@code true} stays the text {@code "56"} or {@code "true"}.
 */
public final class YamlReader {

    /** Deeper than any plan file needs (plan.yaml goes four levels deep). */
    static final int MAX_DEPTH = 32;

    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

    /** Parser settings by buffer size, negative without marks; see {@link #settings}. */
    private static final ConcurrentMap<Integer, LoadSettings> SETTINGS = new ConcurrentHashMap<>();

    private final String path;
    private final int lineOffset;
    private final boolean positions;
    private final List<Problem> problems = new ArrayList<>();
    private Iterator<Event> events;
    private Event last;

    private YamlReader(String path, int lineOffset, boolean positions) {
        this.path = path;
        this.lineOffset = lineOffset;
        this.positions = positions;
    }

    /**
     * Reads {@code text} as one YAML document holding a map.
     *
     * @param lineOffset lines before {@code text} in its file (a lesson's front matter starts on line 2)
     * @param shape the shape of the root, to keep text as text; {@code null} when unknown
     */
    public static MapNode read(String path, String text, int lineOffset, Shape shape) throws PlanFileException {
        PlanText.checkIndentation(path, text, lineOffset);
        return new YamlReader(path, lineOffset, true).document(text, shape);
    }

    /**
     * Reads {@code text} as {@link #read} does, but keeps no positions: every node is at
     * {@link SourcePosition#UNKNOWN}, and so is every problem of a {@link PlanFileException} but those of
     * the indentation check. snakeyaml-engine then makes no marks, a tenth to a sixth of the reading.
     */
    public static MapNode readUnpositioned(String path, String text, Shape shape) throws PlanFileException {
        PlanText.checkIndentation(path, text, 0);
        return new YamlReader(path, 0, false).document(text, shape);
    }

    /**
     * Reads {@code text} as one YAML value of any kind (a scalar, a flow list {@code [a, b]}, a flow map
     * {@code {amount: 5}}), with the same strictness as a file.
     *
     * @param shape the shape the value will have, to keep text as text; {@code null} when unknown
     */
    public static Node readValue(String path, String text, Shape shape) throws PlanFileException {
        PlanText.checkIndentation(path, text, 0);
        YamlReader reader = new YamlReader(path, 0, true);
        Node root = reader.root(text, shape);
        return root == null ? ScalarNode.of(ScalarNode.Type.NULL, "", new SourcePosition(1, 1)) : root;
    }

    /**
     * Settings whose buffer holds the whole text: snakeyaml-engine's default of 1024 code points makes a
     * long line cost time quadratic in its length (seconds for a 1 MiB line). They are shared, one per
     * power of two of the buffer size, because building them builds a JSON schema with a dozen maps
     * every time (a tenth of what reading a small file allocated); they are immutable, and no message
     * uses their label.
     */
    private static LoadSettings settings(int length, boolean marks) {
        int buffer = Integer.highestOneBit(length + 1) << 1;
        return SETTINGS.computeIfAbsent(marks ? buffer : -buffer, key -> LoadSettings.builder().setUseMarks(marks)
                .setCodePointLimit(PlanText.MAX_BYTES + 1).setBufferSize(buffer).build());
    }

    private MapNode document(String text, Shape shape) throws PlanFileException {
        Node root = root(text, shape);
        if (root == null || root instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.NULL) {
            return MapNode.of(Map.of(), Map.of(), start());
        }
        if (!(root instanceof MapNode map)) {
            throw new PlanFileException(List.of(Problem.error(path, root.position(), "yaml.notMap")));
        }
        return map;
    }

    private Node root(String text, Shape shape) throws PlanFileException {
        events = new Parse(settings(text.length(), positions)).parseString(text).iterator();
        Node root = null;
        int documents = 0;
        try {
            for (Event event = next(); event != null; event = next()) {
                if (event instanceof DocumentStartEvent start) {
                    if (++documents > 1) {
                        problems.add(problem(start.getStartMark(), "yaml.secondDocument"));
                        break;
                    }
                    if (start.getSpecVersion().isPresent() || !start.getTags().isEmpty()) {
                        problems.add(problem(start.getStartMark(), "yaml.directive"));
                    }
                    root = node(next(), shape, 1);
                }
            }
        } catch (SyntaxFailure failure) {
            problems.add(failure.problem);
        }
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Problem.ORDER);
            throw new PlanFileException(sorted);
        }
        return root;
    }

    private Node node(Event event, Shape shape, int depth) throws SyntaxFailure {
        if (event == null) {
            throw new SyntaxFailure(Problem.error(path, lastPosition(), "yaml.syntax", "end of file"));
        }
        SourcePosition position = position(event.getStartMark());
        if (depth > MAX_DEPTH) {
            throw new SyntaxFailure(Problem.error(path, position, "yaml.tooDeep", Integer.toString(MAX_DEPTH)));
        }
        if (event instanceof AliasEvent alias) {
            String name = alias.getAlias().getValue();
            // *@etten-leur.nl is a member's e-mail pattern without its quotes, not an alias anyone meant
            problems.add(name.contains("@") ? Problem.error(path, position, "yaml.cannotStart", "*")
                    : Problem.error(path, position, "yaml.alias", name));
            return ScalarNode.of(ScalarNode.Type.NULL, "", position);
        }
        if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
            problems.add(Problem.error(path, position, "yaml.anchor", node.getAnchor().get().getValue()));
        }
        Optional<String> tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                : event instanceof CollectionStartEvent collection ? collection.getTag() : Optional.empty();
        tag.ifPresent(t -> problems.add(Problem.error(path, position, "yaml.tag", shortTag(t))));

        if (event instanceof ScalarEvent scalar) {
            return scalar(scalar, shape, position);
        }
        if (event instanceof SequenceStartEvent) {
            Shape element = shape instanceof ListShape list ? list.element() : null;
            List<Node> items = new ArrayList<>();
            for (Event item = next(); !(item instanceof SequenceEndEvent); item = next()) {
                items.add(node(item, element, depth + 1));
            }
            return ListNode.of(items, position);
        }
        if (event instanceof MappingStartEvent) {
            return map(shape, position, depth);
        }
        throw new SyntaxFailure(Problem.error(path, position, "yaml.syntax", event.getEventId().toString()));
    }

    private MapNode map(Shape shape, SourcePosition position, int depth) throws SyntaxFailure {
        Map<String, Node> entries = new LinkedHashMap<>();
        // without positions there is nothing to keep: a duplicate key's first line is then unknown too
        Map<String, SourcePosition> keyPositions = positions ? new LinkedHashMap<>() : null;
        for (Event keyEvent = next(); !(keyEvent instanceof MappingEndEvent);
                keyEvent = next()) {
            if (keyEvent == null) {
                throw new SyntaxFailure(Problem.error(path, lastPosition(), "yaml.syntax", "end of file"));
            }
            SourcePosition keyPosition = position(keyEvent.getStartMark());
            if (!(keyEvent instanceof ScalarEvent)) {
                problems.add(Problem.error(path, keyPosition, "yaml.complexKey"));
                node(keyEvent, null, depth + 1);
                node(next(), null, depth + 1);
                continue;
            }
            ScalarNode keyNode = (ScalarNode) node(keyEvent, null, depth + 1);
            String key = keyNode.text();
            Node value = node(next(), valueShape(shape, key), depth + 1);
            if (entries.containsKey(key)) {
                problems.add(Problem.error(path, keyPosition, "yaml.duplicateKey", key,
                        Integer.toString(positions ? keyPositions.get(key).line() : SourcePosition.UNKNOWN.line())));
            } else {
                entries.put(key, value);
                if (positions) {
                    keyPositions.put(key, keyPosition);
                }
            }
        }
        return MapNode.of(entries, positions ? keyPositions : Map.of(), position);
    }

    private static Shape valueShape(Shape shape, String key) {
        if (shape instanceof MapShape map) {
            return map.field(key).map(field -> field.shape()).orElse(null);
        }
        return shape instanceof DictionaryShape dictionary ? dictionary.value() : null;
    }

    private static ScalarNode scalar(ScalarEvent event, Shape shape, SourcePosition position) {
        String text = event.getValue();
        if (!event.isPlain()) {
            return ScalarNode.of(ScalarNode.Type.STRING, text, position);
        }
        ScalarNode.Type type = Scalars.resolvePlain(text);
        if (type != ScalarNode.Type.NULL && shape instanceof ScalarShape scalar && scalar.isText()) {
            type = ScalarNode.Type.STRING;
        }
        if (type == ScalarNode.Type.BOOLEAN) {
            text = Scalars.canonicalBoolean(text);
        }
        return ScalarNode.of(type, text, position);
    }

    /** The next event; {@code null} at the end. Every failure of the parser becomes a problem. */
    private Event next() throws SyntaxFailure {
        try {
            if (!events.hasNext()) {
                return null;
            }
            last = events.next();
            return last;
        } catch (YamlEngineException e) {
            throw new SyntaxFailure(YamlErrors.problem(path, e, lineOffset, lastPosition()));
        } catch (RuntimeException e) {
            // snakeyaml-engine is third-party code: whatever else it throws for bad input is a syntax problem too
            throw new SyntaxFailure(Problem.error(path, lastPosition(), "yaml.syntax", String.valueOf(e.getMessage())));
        }
    }

    private SourcePosition lastPosition() {
        return last == null ? start() : position(last.getStartMark());
    }

    private Problem problem(Optional<Mark> mark, String key) {
        return Problem.error(path, position(mark), key);
    }

    private SourcePosition position(Optional<Mark> mark) {
        if (!positions) {
            return SourcePosition.UNKNOWN;
        }
        return mark.map(m -> new SourcePosition(m.getLine() + 1 + lineOffset, m.getColumn() + 1)).orElse(start());
    }

    /** Where the text starts in its file. */
    private SourcePosition start() {
        return positions ? new SourcePosition(1 + lineOffset, 1) : SourcePosition.UNKNOWN;
    }

    private static String shortTag(String tag) {
        return tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : tag;
    }

    /** A problem after which the parser cannot go on. */
    private static final class SyntaxFailure extends Exception {

        private final transient Problem problem;

        SyntaxFailure(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
