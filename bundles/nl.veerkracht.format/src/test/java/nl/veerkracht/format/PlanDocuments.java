package nl.veerkracht.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.schema.DictionaryShape;
import nl.veerkracht.model.schema.Field;
import nl.veerkracht.model.schema.ListShape;
import nl.veerkracht.model.schema.MapShape;
import nl.veerkracht.model.schema.ScalarShape;
import nl.veerkracht.model.schema.Schema;
import nl.veerkracht.model.schema.Shape;

/**
 * Valid plan files of every kind, generated from the schema: every field of FORMAT.md can appear, in
 * any order, with text that tries hard to be mistaken for something else.
 *
 * <p>Generated from jqwik's {@link Random} rather than with nested combinators: those cost twenty times
 * more than reading, writing and validating together. The price is that a failing document is not
 * shrunk; the properties print the whole file when one fails.
 */
final class PlanDocuments {

    /** A path and the document of that file. */
    record PlanFile(String path, Node document) {
        @Override
        public String toString() {
            return path + " " + document;
        }
    }

    /** Text that a careless writer would get wrong. */
    private static final List<String> TRICKY = List.of("yes", "no", "NO", "Yes", "on", "off", "y", "n", "true", "False",
            "null", "~", "012345", "56", "0x1F", "0o17", "1_000", "1:30", "1.10", ".5", "-5", "+5", "1e3", ".inf", ".nan",
            "2026-04-01", "2026-04-01 10:00", "- x", "-", "? x", "?", ": x", ":", "a: b", "a:", "a #b", "#b", "&a", "*a",
            "!t", "%p", "@x", "`x", "|", ">", "'q'", "\"dq\"", "[x]", "{y}", "x, y", "---", "...", "<<", "=", " lead",
            "trail ", "\t", "a\tb", " \tb", "é", "😀", "\u2028", "\u0085", "\uFEFF", "\u00a0", "line\nbreak", "\\", "\\n",
            "\u0000", "\u001b[0m", "\ud800", "Eén loket voor ondernemers", "Programmabegroting economie 2026");

    private static final List<String> BODY_WORDS = List.of("Ondernemers", "vonden", "één", " ", "  ", "\t", "-", "---",
            "#", ":", "\"", "'", "|", "*a", "&b", "😀", "\u2028", "€", "> citaat", "1.", "yes");

    private static final String FEW_CHARACTERS = " :#-'\"\t\\é€ab";
    private static final String ID_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789-";
    private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2100, 12, 31).toEpochDay();

    private final Random random;

    private PlanDocuments(Random random) {
        this.random = random;
    }

    /** A valid file of any kind. */
    static Arbitrary<PlanFile> files() {
        return Arbitraries.randomValue(random -> new PlanDocuments(random).file(pick(random, EntityKind.values())));
    }

    /** Every kind of plan file's path, for bytes that are not generated from a document. */
    static Arbitrary<String> paths() {
        return Arbitraries.of(EntityKind.values()).map(kind -> kind.pathOf("x"));
    }

    private PlanFile file(EntityKind kind) {
        return switch (kind) {
            case PLAN -> {
                PlanKind planKind = pick(random, PlanKind.values());
                yield new PlanFile("plan.yaml", map(Schema.plan(planKind), "kind", planKind.code(), false));
            }
            case OBSERVATIONS -> new PlanFile(kind.pathOf(id()), value(Schema.of(kind), false, false));
            default -> {
                String id = id();
                yield new PlanFile(kind.pathOf(id), map((MapShape) Schema.of(kind), "id", id, kind == EntityKind.LESSON));
            }
        };
    }

    private MapNode map(MapShape shape, String fixedKey, String fixedValue, boolean lesson) {
        List<Map.Entry<String, Node>> entries = new ArrayList<>();
        for (Field field : shape.fields()) {
            if (field.name().equals(fixedKey)) {
                entries.add(Map.entry(fixedKey, ScalarNode.string(fixedValue)));
            } else if (field.required() || random.nextBoolean()) {
                boolean body = lesson && field.name().equals(Schema.LESSON_BODY);
                entries.add(Map.entry(field.name(), value(field.shape(), field.required(), body)));
            }
        }
        Collections.shuffle(entries, random);
        Map<String, Node> map = new LinkedHashMap<>();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return MapNode.of(map);
    }

    private Node value(Shape shape, boolean required, boolean lessonBody) {
        if (shape instanceof MapShape map) {
            return map(map, null, null, false);
        }
        if (shape instanceof ListShape list) {
            return switch (list.kind()) {
                case ORDERED -> ListNode.of(items(list.element(), node -> null));
                case SET -> ListNode.of(items(list.element(), node -> ((ScalarNode) node).text()));
                case KEYED -> ListNode.of(items(list.element(),
                        node -> ((ScalarNode) ((MapNode) node).get(list.key().get()).get()).text()));
            };
        }
        if (shape instanceof DictionaryShape dictionary) {
            Map<String, Node> map = new LinkedHashMap<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                map.put(((ScalarNode) scalar(dictionary.key(), false, false)).text(), value(dictionary.value(), false, false));
            }
            return MapNode.of(map);
        }
        return scalar((ScalarShape) shape, required, lessonBody);
    }

    /** Up to three items; where {@code key} names them, no two with the same name. */
    private List<Node> items(Shape element, Function<Node, String> key) {
        List<Node> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Node item = value(element, false, false);
            if (key.apply(item) == null || keys.add(key.apply(item))) {
                items.add(item);
            }
        }
        return items;
    }

    private Node scalar(ScalarShape shape, boolean required, boolean lessonBody) {
        return switch (shape.kind()) {
            case TEXT -> ScalarNode.string(text(required));
            case MULTILINE_TEXT -> ScalarNode.string(lessonBody ? body() : random.nextBoolean() ? text(required) : multiline());
            case ID -> ScalarNode.string(id());
            case MUNICIPALITY_CODE -> ScalarNode.string(municipalityCode());
            case PROVINCE_CODE -> ScalarNode.string(provinceCode());
            case CBS_CODE -> ScalarNode.string(random.nextBoolean() ? municipalityCode() : provinceCode());
            case EMAIL_PATTERN -> ScalarNode.string((random.nextBoolean() ? "*" : plainId() + "." + plainId()) + "@"
                    + plainId() + "0" + (random.nextBoolean() ? ".nl" : ".Example.COM"));
            case GIT_URL -> ScalarNode.string(switch (random.nextInt(4)) {
                case 0 -> "https://" + (random.nextBoolean() ? plainId() + "@" : "") + plainId() + ".nl/" + plainId() + ".git";
                case 1 -> "git@" + plainId() + ".nl:" + plainId() + ".git";
                case 2 -> "/srv/" + plainId();
                default -> text(required);
            });
            case DATE -> ScalarNode.string(date());
            case PERIOD -> ScalarNode.string(switch (random.nextInt(4)) {
                case 0 -> Integer.toString(year());
                case 1 -> year() + "-Q" + (1 + random.nextInt(4));
                case 2 -> String.format("%d-%02d", year(), 1 + random.nextInt(12));
                default -> date();
            });
            case REGION_ACTION_LINK -> ScalarNode.string(plainId() + "/" + id());
            case PROVINCE_TASK_LINK -> ScalarNode.string(provinceCode() + "/" + id());
            case CHOICE -> ScalarNode.string(shape.choices().get(random.nextInt(shape.choices().size())));
            case AMOUNT -> ScalarNode.integer(whole(1_000_000_000_000L)); // the largest amount a plan may hold
            case PERCENTAGE -> ScalarNode.integer(whole(100));
            case WHOLE_NUMBER -> ScalarNode.integer(whole(Integer.MAX_VALUE));
            case POSITIVE_NUMBER -> ScalarNode.integer(Math.max(1, whole(Integer.MAX_VALUE)));
            case NUMBER -> random.nextBoolean() ? ScalarNode.integer(random.nextBoolean() ? random.nextLong() : whole(1000) - 500)
                    : ScalarNode.of(ScalarNode.Type.DECIMAL, BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L, 3)
                            .setScale(1 + random.nextInt(3), RoundingMode.DOWN).toPlainString(), SourcePosition.UNKNOWN);
            case BOOLEAN -> ScalarNode.bool(random.nextBoolean());
        };
    }

    /** 0, 1, the maximum, or anything between; small numbers most often. */
    private long whole(long max) {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> Math.min(1, max);
            case 2 -> max;
            case 3 -> (random.nextLong() & Long.MAX_VALUE) % max;
            default -> random.nextInt((int) Math.min(max, 100_000) + 1);
        };
    }

    private String text(boolean required) {
        String text = switch (random.nextInt(5)) {
            case 0 -> pick(random, TRICKY);
            case 1 -> characters(12, c -> (char) random.nextInt(Character.MAX_VALUE + 1));
            case 2 -> characters(30, c -> (char) (' ' + random.nextInt('~' - ' ' + 1)));
            case 3 -> characters(8, c -> FEW_CHARACTERS.charAt(random.nextInt(FEW_CHARACTERS.length())));
            default -> pick(random, TRICKY) + " " + pick(random, TRICKY);
        };
        return required && text.isBlank() ? "x" + text : text;
    }

    private String characters(int maxLength, Function<Integer, Character> next) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(next.apply(i));
        }
        return text.toString();
    }

    /** Lines of text with any number of newlines between and after them. */
    private String multiline() {
        List<String> lines = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            lines.add(random.nextBoolean() ? pick(random, TRICKY) : characters(6, c -> FEW_CHARACTERS.charAt(random.nextInt(FEW_CHARACTERS.length()))));
        }
        return String.join("\n", lines) + "\n".repeat(lines.size() == 1 ? 1 + random.nextInt(3) : random.nextInt(4));
    }

    /** A lesson's text: Markdown, so any character a file can hold, and never empty. */
    private String body() {
        List<String> lines = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            StringBuilder line = new StringBuilder();
            for (int j = random.nextInt(6); j > 0; j--) {
                line.append(pick(random, BODY_WORDS));
            }
            lines.add(line.toString());
        }
        String body = String.join("\n", lines) + "\n".repeat(random.nextInt(4));
        return body.isEmpty() ? "Ondernemers" : body;
    }

    private String plainId() {
        String id = characters(15, c -> ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
        return id.isEmpty() || id.charAt(0) == '-' ? "a" + id : id;
    }

    private String id() {
        return random.nextInt(4) == 0 ? municipalityCode() + "-" + plainId() : plainId();
    }

    private String municipalityCode() {
        return String.format("GM%04d", random.nextInt(10_000));
    }

    private String provinceCode() {
        return String.format("PV%02d", random.nextInt(100));
    }

    private int year() {
        return 1900 + random.nextInt(201);
    }

    private String date() {
        return LocalDate.ofEpochDay(FIRST_DAY + (long) random.nextInt((int) (LAST_DAY - FIRST_DAY + 1))).toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
