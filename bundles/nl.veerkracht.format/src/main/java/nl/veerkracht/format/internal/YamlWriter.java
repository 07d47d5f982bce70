package nl.veerkracht.format.internal;

import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.schema.DictionaryShape;
import nl.veerkracht.model.schema.ListShape;
import nl.veerkracht.model.schema.MapShape;
import nl.veerkracht.model.schema.ScalarShape;
import nl.veerkracht.model.schema.Shape;

/**
 * Writes a document as canonical YAML: block style, two spaces of indentation, list items under their
 * key ({@code "  - id: x"}), keys in the schema's order (keys the schema does not know are left out;
 * where there is no schema, and in a dictionary, keys are sorted), text quoted only where it must be,
 * multi-line text as a literal block with the chomping that keeps its final newlines, LF only, a final
 * newline. Equal documents give equal bytes.
 */
public final class YamlWriter {

    private static final int INDENT = 2;

    private final StringBuilder out = new StringBuilder();

    private YamlWriter() {
    }

    /** The YAML text of a map. */
    public static String write(MapNode root, Shape shape) {
        YamlWriter writer = new YamlWriter();
        List<String> keys = writer.keys(root, shape);
        if (keys.isEmpty()) {
            return "{}\n";
        }
        writer.map(root, keys, shape, 0, false);
        return writer.out.toString();
    }

    private void map(MapNode map, List<String> keys, Shape shape, int indent, boolean firstInline) {
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (!(firstInline && i == 0)) {
                indent(indent);
            }
            out.append(Scalars.needsQuotes(key) ? Scalars.doubleQuoted(key) : key).append(':');
            valueAfterKey(map.entries().get(key), fieldShape(shape, key), indent);
        }
    }

    private void valueAfterKey(Node value, Shape shape, int indent) {
        if (value instanceof ScalarNode scalar) {
            if (scalar.type() == ScalarNode.Type.NULL) {
                out.append('\n');
            } else if (scalar.type() == ScalarNode.Type.STRING && LiteralBlock.fits(scalar.text())) {
                LiteralBlock.write(out, scalar.text(), indent + INDENT);
            } else {
                out.append(' ').append(scalar(scalar, shape)).append('\n');
            }
        } else if (value instanceof MapNode map) {
            List<String> keys = keys(map, shape);
            if (keys.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                map(map, keys, shape, indent + INDENT, false);
            }
        } else {
            ListNode list = (ListNode) value;
            if (list.size() == 0) {
                out.append(" []\n");
            } else {
                out.append('\n');
                list(list, shape, indent + INDENT, false);
            }
        }
    }

    private void list(ListNode list, Shape shape, int indent, boolean firstInline) {
        Shape element = shape instanceof ListShape listShape ? listShape.element() : null;
        for (int i = 0; i < list.size(); i++) {
            if (!(firstInline && i == 0)) {
                indent(indent);
            }
            out.append('-');
            item(list.items().get(i), element, indent);
        }
    }

    /** An item of a list, after its dash. */
    private void item(Node item, Shape shape, int indent) {
        if (item instanceof ScalarNode scalar) {
            if (scalar.type() == ScalarNode.Type.NULL) {
                out.append('\n');
            } else {
                out.append(' ').append(scalar(scalar, shape)).append('\n');
            }
        } else if (item instanceof MapNode map) {
            List<String> keys = keys(map, shape);
            if (keys.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append(' ');
                map(map, keys, shape, indent + INDENT, true);
            }
        } else {
            ListNode list = (ListNode) item;
            if (list.size() == 0) {
                out.append(" []\n");
            } else {
                out.append(' ');
                list(list, shape, indent + INDENT, true);
            }
        }
    }

    /** A single-line value: text quoted where it must be, numbers and booleans as they are. */
    private static String scalar(ScalarNode scalar, Shape shape) {
        String text = scalar.text();
        boolean asText = scalar.type() == ScalarNode.Type.STRING
                || shape instanceof ScalarShape scalarShape && scalarShape.isText();
        if (asText) {
            return Scalars.needsQuotes(text) ? Scalars.doubleQuoted(text) : text;
        }
        if (scalar.type() == ScalarNode.Type.BOOLEAN) {
            text = Scalars.canonicalBoolean(text);
        }
        if (Scalars.resolvePlain(text) != scalar.type()) {
            throw new IllegalArgumentException("not a " + scalar.type() + ": '" + text + "'");
        }
        return text;
    }

    /** The keys of {@code map} to write, in order. */
    private List<String> keys(MapNode map, Shape shape) {
        List<String> keys = new ArrayList<>();
        if (shape instanceof MapShape mapShape) {
            for (String key : mapShape.keyOrder()) {
                if (map.entries().containsKey(key)) {
                    keys.add(key);
                }
            }
        } else {
            keys.addAll(map.keys());
            keys.sort(null);
        }
        return keys;
    }

    private static Shape fieldShape(Shape shape, String key) {
        if (shape instanceof MapShape map) {
            return map.field(key).map(field -> field.shape()).orElse(null);
        }
        return shape instanceof DictionaryShape dictionary ? dictionary.value() : null;
    }

    private void indent(int indent) {
        out.append(" ".repeat(indent));
    }
}
