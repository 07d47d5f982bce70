package nl.veerkracht.model.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.schema.DictionaryShape;
import nl.veerkracht.model.schema.Field;
import nl.veerkracht.model.schema.ListShape;
import nl.veerkracht.model.schema.MapShape;
import nl.veerkracht.model.schema.Reference;
import nl.veerkracht.model.schema.ScalarKind;
import nl.veerkracht.model.schema.ScalarShape;
import nl.veerkracht.model.schema.Shape;
import nl.veerkracht.model.validation.Problem;

/**
 * Checks a document against a shape: types, unknown and missing fields, values, duplicates in sets
 * and keyed lists. Reports problems and returns the document <em>cleaned</em>: without unknown
 * fields, without invalid values, and without nested maps that lack a required field, so that
 * binding may trust what is left. {@code null} values count as absent.
 */
final class ShapeChecker {

    /** A value that refers to something else in the repository. */
    record Ref(Reference target, String value, SourcePosition position, String display, String topField) {
    }

    private final String path;
    private final List<Problem> problems;
    private final List<Ref> refs = new ArrayList<>();

    ShapeChecker(String path, List<Problem> problems) {
        this.path = path;
        this.problems = problems;
    }

    /** The references met so far, in document order. */
    List<Ref> refs() {
        return refs;
    }

    /**
     * Checks a whole file. A root map is returned cleaned even when it lacks required fields; any
     * other root that does not fit its shape gives {@code null}.
     */
    Node checkRoot(Node node, Shape shape) {
        if (shape instanceof MapShape map) {
            if (!(node instanceof MapNode)) {
                report(node.position(), "yaml.notMap");
                return null;
            }
            return checkMap(node, map, "", true);
        }
        if (!(node instanceof ListNode)) {
            report(node.position(), "value.rootList");
            return null;
        }
        return check(node, shape, "", false);
    }

    private Node check(Node node, Shape shape, String display, boolean required) {
        if (shape instanceof MapShape map) {
            return checkMap(node, map, display, false);
        }
        if (shape instanceof ListShape list) {
            return checkList(node, list, display);
        }
        if (shape instanceof DictionaryShape dictionary) {
            return checkDictionary(node, dictionary, display);
        }
        return checkScalar(node, (ScalarShape) shape, display, required);
    }

    private MapNode checkMap(Node node, MapShape shape, String display, boolean root) {
        if (!(node instanceof MapNode map)) {
            report(node.position(), "value.expectedMap", display);
            return null;
        }
        Map<String, Node> kept = new LinkedHashMap<>();
        Map<String, SourcePosition> keyPositions = new LinkedHashMap<>();
        boolean complete = true;
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            String key = entry.getKey();
            Optional<Field> field = shape.field(key);
            if (field.isEmpty()) {
                unknownField(key, map.keyPosition(key), shape);
                continue;
            }
            String fieldDisplay = join(display, key);
            Node value = entry.getValue();
            if (isNull(value)) {
                if (field.get().required()) {
                    report(map.keyPosition(key), "field.empty", fieldDisplay);
                    complete = false;
                }
                continue;
            }
            Node cleaned = check(value, field.get().shape(), fieldDisplay, field.get().required());
            if (cleaned != null) {
                kept.put(key, cleaned);
                keyPositions.put(key, map.keyPosition(key));
            } else if (field.get().required()) {
                complete = false;
            }
        }
        for (Field field : shape.fields()) {
            if (field.required() && !map.entries().containsKey(field.name())) {
                report(map.position(), "field.missing", join(display, field.name()));
                complete = false;
            }
        }
        if (!root && !complete) {
            return null;
        }
        return unchanged(map, kept) ? map : MapNode.of(kept, keyPositions, map.position());
    }

    private void unknownField(String key, SourcePosition position, MapShape shape) {
        Optional<String> suggestion = Suggestions.closest(key, shape.keyOrder());
        if (suggestion.isPresent()) {
            report(position, "field.unknownSuggest", key, suggestion.get());
        } else {
            report(position, "field.unknown", key);
        }
    }

    private ListNode checkList(Node node, ListShape shape, String display) {
        if (!(node instanceof ListNode list)) {
            report(node.position(), "value.expectedList", display);
            return null;
        }
        List<Node> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Node item = list.items().get(i);
            if (isNull(item)) {
                continue;
            }
            switch (shape.kind()) {
                case SET -> {
                    Node cleaned = check(item, shape.element(), display, false);
                    if (cleaned instanceof ScalarNode scalar) {
                        if (seen.add(scalar.text())) {
                            kept.add(cleaned);
                        } else {
                            report(item.position(), "value.duplicate", display, scalar.text());
                        }
                    }
                }
                case ORDERED -> {
                    Node cleaned = check(item, shape.element(), display + "[" + (i + 1) + "]", false);
                    if (cleaned != null) {
                        kept.add(cleaned);
                    }
                }
                case KEYED -> {
                    String key = shape.key().orElseThrow();
                    String itemDisplay = display.isEmpty() ? "" : display + "[" + elementName(item, key, i) + "]";
                    Node cleaned = check(item, shape.element(), itemDisplay, false);
                    if (cleaned instanceof MapNode element) {
                        ScalarNode keyValue = (ScalarNode) element.get(key).orElseThrow();
                        if (seen.add(keyValue.text())) {
                            kept.add(cleaned);
                        } else {
                            if (display.isEmpty()) {
                                report(keyValue.position(), "value.duplicateRow", key, keyValue.text());
                            } else {
                                report(keyValue.position(), "value.duplicateKey", display, key, keyValue.text());
                            }
                        }
                    }
                }
                default -> throw new IllegalStateException(shape.kind().toString());
            }
        }
        if (kept.size() == list.size()) {
            boolean same = true;
            for (int i = 0; i < kept.size() && same; i++) {
                same = kept.get(i) == list.items().get(i);
            }
            if (same) {
                return list;
            }
        }
        return ListNode.of(kept, list.position());
    }

    /** How an item of a keyed list is named in messages: by its key, or by its number from 1. */
    private static String elementName(Node item, String key, int index) {
        if (item instanceof MapNode map && map.get(key).orElse(null) instanceof ScalarNode scalar
                && scalar.type() == ScalarNode.Type.STRING && !scalar.text().isBlank()
                && scalar.text().indexOf(']') < 0) {
            return scalar.text();
        }
        return Integer.toString(index + 1);
    }

    private MapNode checkDictionary(Node node, DictionaryShape shape, String display) {
        if (!(node instanceof MapNode map)) {
            report(node.position(), "value.expectedMap", display);
            return null;
        }
        Map<String, Node> kept = new LinkedHashMap<>();
        Map<String, SourcePosition> keyPositions = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            String key = entry.getKey();
            ScalarNode keyNode = ScalarNode.of(ScalarNode.Type.STRING, key, map.keyPosition(key));
            if (checkScalar(keyNode, shape.key(), display, false) == null || isNull(entry.getValue())) {
                continue;
            }
            Node cleaned = check(entry.getValue(), shape.value(), join(display, key), false);
            if (cleaned != null) {
                kept.put(key, cleaned);
                keyPositions.put(key, map.keyPosition(key));
            }
        }
        return unchanged(map, kept) ? map : MapNode.of(kept, keyPositions, map.position());
    }

    /**
     * Whether checking kept every entry of {@code map} as it was: then the map itself is the result, and
     * a valid file (nearly every file) is not copied.
     */
    private static boolean unchanged(MapNode map, Map<String, Node> kept) {
        if (kept.size() != map.entries().size()) {
            return false;
        }
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            if (kept.get(entry.getKey()) != entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    private ScalarNode checkScalar(Node node, ScalarShape shape, String display, boolean required) {
        if (!(node instanceof ScalarNode scalar)) {
            report(node.position(), "value.expectedScalar", display);
            return null;
        }
        if (scalar.type() == ScalarNode.Type.NULL) {
            return null;
        }
        String text = scalar.text();
        boolean isString = scalar.type() == ScalarNode.Type.STRING;
        if (shape.isText() && !isString) {
            return fail(scalar, "value.text", display);
        }
        boolean valid = switch (shape.kind()) {
            case TEXT, MULTILINE_TEXT -> true;
            case ID -> Values.isId(text);
            case MUNICIPALITY_CODE -> Values.isMunicipalityCode(text);
            case PROVINCE_CODE -> Values.isProvinceCode(text);
            case CBS_CODE -> Values.isMunicipalityCode(text) || Values.isProvinceCode(text);
            case EMAIL_PATTERN -> EmailPatterns.isPattern(text);
            case GIT_URL -> !Values.hasPassword(text);
            case DATE -> Values.date(text).isPresent();
            case PERIOD -> Values.isPeriod(text);
            case REGION_ACTION_LINK -> Values.isRegionActionLink(text);
            case PROVINCE_TASK_LINK -> Values.isProvinceTaskLink(text);
            case CHOICE -> shape.choices().contains(text);
            case AMOUNT -> Values.isWhole(text);
            case PERCENTAGE -> Values.whole(text, 100).isPresent();
            case WHOLE_NUMBER -> Values.whole(text, Integer.MAX_VALUE).isPresent();
            case POSITIVE_NUMBER -> Values.whole(text, Integer.MAX_VALUE).filter(n -> n >= 1).isPresent();
            case NUMBER -> Values.number(text).isPresent();
            case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
        };
        if (!shape.isText()) {
            boolean rightType = switch (shape.kind()) {
                case NUMBER -> scalar.type() == ScalarNode.Type.INTEGER || scalar.type() == ScalarNode.Type.DECIMAL;
                case BOOLEAN -> scalar.type() == ScalarNode.Type.BOOLEAN;
                default -> scalar.type() == ScalarNode.Type.INTEGER;
            };
            if (valid && !rightType) {
                return isString ? fail(scalar, "value.quoted", display, text)
                        : fail(scalar, messageKey(shape), display, text);
            }
        }
        if (!valid) {
            return shape.choices().isEmpty() ? fail(scalar, messageKey(shape), display, text)
                    : fail(scalar, "value.choice", display, shape.choices(), text);
        }
        if (shape.kind() == ScalarKind.AMOUNT && Values.whole(text, Values.MAX_AMOUNT).isEmpty()) {
            return fail(scalar, "value.amountTooLarge", display, text);
        }
        if (required && text.isBlank()) {
            return fail(scalar, "field.empty", display);
        }
        shape.reference().ifPresent(
                target -> refs.add(new Ref(target, text, scalar.position(), display, topField(display))));
        return scalar;
    }

    private static String messageKey(ScalarShape shape) {
        return switch (shape.kind()) {
            case TEXT, MULTILINE_TEXT -> "value.text";
            case ID -> "value.id";
            case MUNICIPALITY_CODE -> "value.municipalityCode";
            case PROVINCE_CODE -> "value.provinceCode";
            case CBS_CODE -> "value.cbsCode";
            case EMAIL_PATTERN -> "value.emailPattern";
            case GIT_URL -> "value.urlPassword";
            case DATE -> "value.date";
            case PERIOD -> "value.period";
            case REGION_ACTION_LINK -> "value.regionLink";
            case PROVINCE_TASK_LINK -> "value.provinceLink";
            case CHOICE -> "value.choice";
            case AMOUNT -> "value.amount";
            case PERCENTAGE -> "value.percentage";
            case WHOLE_NUMBER -> "value.wholeNumber";
            case POSITIVE_NUMBER -> "value.positiveNumber";
            case NUMBER -> "value.number";
            case BOOLEAN -> "value.boolean";
        };
    }

    private ScalarNode fail(ScalarNode scalar, String key, Object... arguments) {
        report(scalar.position(), key, arguments);
        return null;
    }

    private void report(SourcePosition position, String key, Object... arguments) {
        problems.add(Problem.error(path, position, key, arguments));
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.NULL;
    }

    private static String join(String display, String key) {
        return display.isEmpty() ? key : display + "." + key;
    }

    private static String topField(String display) {
        int end = display.length();
        for (int i = 0; i < display.length(); i++) {
            char c = display.charAt(i);
            if (c == '.' || c == '[') {
                end = i;
                break;
            }
        }
        return display.substring(0, end);
    }
}
