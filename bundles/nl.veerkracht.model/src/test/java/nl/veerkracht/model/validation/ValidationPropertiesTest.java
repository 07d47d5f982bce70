package nl.veerkracht.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.schema.DictionaryShape;
import nl.veerkracht.model.schema.Field;
import nl.veerkracht.model.schema.ListShape;
import nl.veerkracht.model.schema.MapShape;
import nl.veerkracht.model.schema.Schema;
import nl.veerkracht.model.schema.Shape;

/** Validation returns problems for whatever it is given; it never throws. */
class ValidationPropertiesTest {

    private static final List<String> FIELD_NAMES = fieldNames();
    private static final List<String> TEXTS = List.of("", " ", "kort", "short", "GM0758", "PV30", "GM758", "2026-04-01",
            "2026-02-30", "2025-Q1", "56", "-5", "1.5", "true", "yes", "a/b", "west-brabant/GM0758-x", "PV30/x",
            "Terrassen", "x y", "é", "]", "[", ".", "ez-2026", "liquiditeit-horeca", "municipality", "region", "province");

    private static List<String> fieldNames() {
        Set<String> names = new TreeSet<>();
        for (EntityKind kind : EntityKind.values()) {
            collect(Schema.of(kind), names);
        }
        names.add("titel");
        return List.copyOf(names);
    }

    private static void collect(Shape shape, Set<String> names) {
        if (shape instanceof MapShape map) {
            for (Field field : map.fields()) {
                names.add(field.name());
                collect(field.shape(), names);
            }
        } else if (shape instanceof ListShape list) {
            collect(list.element(), names);
        } else if (shape instanceof DictionaryShape dictionary) {
            collect(dictionary.value(), names);
        }
    }

    @Provide
    Arbitrary<PlanSnapshot> anything() {
        return Arbitraries.randomValue(random -> {
            Map<String, Node> documents = new LinkedHashMap<>();
            for (int i = random.nextInt(5); i >= 0; i--) {
                EntityKind kind = EntityKind.values()[random.nextInt(EntityKind.values().length)];
                documents.put(kind.pathOf(pick(random, TEXTS).replace("/", "").replace(".", "") + "x"),
                        random.nextInt(4) == 0 ? node(random, 0) : map(random, 0));
            }
            return PlanSnapshot.of(documents);
        });
    }

    @Property(tries = 10_000)
    void anyDocumentsGiveProblemsThatRenderNeverAnException(@ForAll("anything") PlanSnapshot snapshot) {
        BoundPlan bound = PlanBinder.bind(snapshot);

        for (Problem problem : bound.problems()) {
            assertTrue(snapshot.contains(problem.path()) || problem.path().equals("plan.yaml"), problem::toString);
            for (Language language : Language.values()) {
                String line = problem.render(language);
                String message = problem.message(language);
                assertTrue(line.startsWith(problem.path() + (problem.position().isKnown() ? ":" : ": ")), line);
                assertTrue(line.endsWith(": " + message), line);
                assertFalse(message.isBlank(), line);
                assertFalse(line.contains("\n") || line.matches(".*\\{\\d+}.*"), "one line, every argument filled: " + line);
            }
        }
        snapshot.documents().forEach((path, document) -> {
            for (Problem problem : PlanBinder.bindFile(path, document).problems()) {
                assertTrue(bound.problems().contains(problem), () -> "the plan's problems miss " + problem);
            }
        });
    }

    @Property(tries = 10_000)
    void aDateIsValidExactlyWhenTheCalendarHasIt(@ForAll @IntRange(min = 1000, max = 2999) int year,
            @ForAll @IntRange(min = 0, max = 13) int month, @ForAll @IntRange(min = 0, max = 32) int day) {
        String date = String.format("%04d-%02d-%02d", year, month, day);
        boolean real;
        try {
            LocalDate.of(year, month, day);
            real = true;
        } catch (DateTimeException e) {
            real = false;
        }

        List<Problem> problems = PlanBinder.bindFile("needs/x.yaml", Documents.map("id", "x", "title", "X", "date", date))
                .problems();

        assertEquals(real ? List.of() : List.of("date"), problems.stream().map(p -> (String) p.arguments().get(0)).toList(), date);
    }

    private static Node node(Random random, int depth) {
        return switch (depth > 3 ? 0 : random.nextInt(4)) {
            case 1 -> map(random, depth + 1);
            case 2 -> {
                List<Node> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(random.nextBoolean() ? map(random, depth + 1) : node(random, depth + 1));
                }
                yield ListNode.of(items);
            }
            default -> scalar(random);
        };
    }

    private static MapNode map(Random random, int depth) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            entries.put(random.nextInt(10) == 0 ? pick(random, TEXTS) : pick(random, FIELD_NAMES), node(random, depth));
        }
        return MapNode.of(entries, Map.of(), new SourcePosition(1 + random.nextInt(9), 1));
    }

    private static ScalarNode scalar(Random random) {
        ScalarNode.Type type = ScalarNode.Type.values()[random.nextInt(ScalarNode.Type.values().length)];
        String text = switch (type) {
            case INTEGER -> Long.toString(random.nextInt(5) == 0 ? random.nextLong() : random.nextInt(200) - 50);
            case DECIMAL -> (random.nextInt(2000) - 1000) / 10.0 + "";
            case BOOLEAN -> Boolean.toString(random.nextBoolean());
            default -> pick(random, TEXTS);
        };
        return ScalarNode.of(type, text, new SourcePosition(1 + random.nextInt(9), 1 + random.nextInt(9)));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
