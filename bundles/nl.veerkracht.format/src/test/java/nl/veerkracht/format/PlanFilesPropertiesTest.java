package nl.veerkracht.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import nl.veerkracht.format.PlanDocuments.PlanFile;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.model.validation.PlanBinder;
import nl.veerkracht.model.validation.Problem;

/** What holds for every plan file: writing and reading agree, and bad bytes are told, never thrown. */
class PlanFilesPropertiesTest {

    private static final int TRIES = 10_000;

    /** Text the mutations insert: what a hurried edit or a broken transfer adds to a file. */
    private static final List<String> INSERTS = List.of("\t", ":", ": ", "\"", "'", "\n", "- ", "  ", "&a ", "*a",
            "!x ", "---\n", "#", "[", "{", "}", "|", ">", "\r", "é", "%YAML 1.2\n", "? ", ",", "\\", "\u0000");

    @Provide
    Arbitrary<PlanFile> planFiles() {
        return PlanDocuments.files();
    }

    @Property(tries = TRIES)
    void aWrittenDocumentReadsBackEqual(@ForAll("planFiles") PlanFile file) throws PlanFileException {
        assertEquals(List.of(), PlanBinder.bindFile(file.path(), file.document()).problems(), "the generator makes valid documents");

        byte[] bytes = PlanFiles.write(file.path(), file.document());

        assertEquals(file.document(), PlanFiles.read(file.path(), bytes), () -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Property(tries = TRIES)
    void writingIsCanonicalAndIdempotent(@ForAll("planFiles") PlanFile file) throws PlanFileException {
        byte[] bytes = PlanFiles.write(file.path(), file.document());
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertArrayEquals(bytes, PlanFiles.write(file.path(), PlanFiles.read(file.path(), bytes)), text);
        assertArrayEquals(bytes, PlanFiles.write(file.path(), reversed(file.document())), "key order does not matter");
        assertTrue(text.endsWith("\n"), text);
        assertFalse(text.contains("\r"), text);
        assertArrayEquals(bytes, text.getBytes(StandardCharsets.UTF_8), "valid UTF-8");
    }

    @Provide
    Arbitrary<String> paths() {
        return PlanDocuments.paths();
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.strings().withChars(" \n\t:-#&*!|>'\"%@`[]{},?ab1.\\").ofMaxLength(80)
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.strings().all().ofMaxLength(40).map(text -> text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = TRIES)
    void randomBytesGiveADocumentOrProblemsWithPositions(@ForAll("paths") String path,
            @ForAll("randomBytes") byte[] bytes) {
        readsOrFailsWithPositions(path, bytes);
    }

    /** A valid file with one to three edits: a flipped bit, a cut, a deleted byte, inserted text. */
    record Mutated(String path, byte[] bytes) {
        @Override
        public String toString() {
            return path + ":\n" + new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @Provide
    Arbitrary<Mutated> mutatedFiles() {
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, 255))
                .as((kind, where, what) -> new int[] {kind, where, what}).list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(PlanDocuments.files(), edits).as((file, list) -> {
            byte[] bytes = PlanFiles.write(file.path(), file.document());
            for (int[] edit : list) {
                bytes = edit(bytes, edit[0], edit[1], edit[2]);
            }
            return new Mutated(file.path(), bytes);
        });
    }

    @Property(tries = TRIES)
    void mutatedFilesGiveADocumentOrProblemsWithPositions(@ForAll("mutatedFiles") Mutated file) {
        readsOrFailsWithPositions(file.path(), file.bytes());
    }

    @Property(tries = TRIES)
    void withoutPositionsMutatedFilesReadToTheSameDocumentAndEntity(@ForAll("mutatedFiles") Mutated file) {
        readsAsWithPositions(file.path(), file.bytes());
    }

    @Property(tries = TRIES)
    void withoutPositionsRandomBytesReadToTheSameDocumentAndEntity(@ForAll("paths") String path,
            @ForAll("randomBytes") byte[] bytes) {
        readsAsWithPositions(path, bytes);
    }

    @Property(tries = 200)
    void tabsInsertedBeforeAnyLinesContentAreRefusedThere(@ForAll("planFiles") PlanFile file,
            @ForAll @Size(max = 40) List<Integer> lineChoices) {
        String text = new String(PlanFiles.write(file.path(), file.document()), StandardCharsets.UTF_8);
        if (file.path().endsWith(".csv") || file.path().endsWith(".md")) {
            return;
        }
        String[] lines = text.split("\n", -1);
        int line = lineChoices.isEmpty() ? 0 : Math.floorMod(lineChoices.get(0), lines.length - 1);
        lines[line] = "\t" + lines[line];
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);

        PlanFileException e = org.junit.jupiter.api.Assertions.assertThrows(PlanFileException.class,
                () -> PlanFiles.read(file.path(), bytes));

        assertEquals(file.path() + ":" + (line + 1) + ":1: tab used for indentation; indent with spaces", e.getMessage());
    }

    private static byte[] edit(byte[] bytes, int kind, int where, int what) {
        int at = bytes.length == 0 ? 0 : where % (bytes.length + 1);
        List<Byte> list = new ArrayList<>();
        for (byte b : bytes) {
            list.add(b);
        }
        switch (kind) {
            case 0 -> {
                if (at < list.size()) {
                    list.set(at, (byte) (list.get(at) ^ (1 << (what % 8))));
                }
            }
            case 1 -> list.subList(at, list.size()).clear();
            case 2 -> {
                if (at < list.size()) {
                    list.remove(at);
                }
            }
            default -> {
                byte[] insert = INSERTS.get(what % INSERTS.size()).getBytes(StandardCharsets.UTF_8);
                for (int i = insert.length - 1; i >= 0; i--) {
                    list.add(at, insert[i]);
                }
            }
        }
        byte[] result = new byte[list.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = list.get(i);
        }
        return result;
    }

    /**
     * Reading gives a document, whose validation tells its problems with positions, or a
     * PlanFileException whose every problem lies inside the file and reads in both languages. Any
     * other exception fails the property.
     */
    private static void readsOrFailsWithPositions(String path, byte[] bytes) {
        int lines = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        List<Problem> problems;
        try {
            Node document = PlanFiles.read(path, bytes);
            problems = PlanBinder.bindFile(path, document).problems();
        } catch (PlanFileException e) {
            problems = e.problems();
            assertFalse(problems.isEmpty());
            assertEquals(problems.get(0).render(Language.EN), e.getMessage());
        }
        for (Problem problem : problems) {
            assertEquals(path, problem.path());
            assertTrue(problem.position().isKnown(), problem::toString);
            assertTrue(problem.position().line() <= lines, problem::toString);
            assertTrue(problem.render(Language.NL).startsWith(path + ":" + problem.position() + ": "), problem::toString);
            if (problem.arguments().stream().noneMatch(argument -> argument.toString().contains("{"))) {
                assertFalse(problem.render(Language.EN).matches(".*\\{[0-9]}.*"), problem::toString);
            }
        }
    }

    /**
     * {@link PlanFiles#readUnpositioned} refuses what {@link PlanFiles#read} refuses, and otherwise gives
     * the same document, every node of it without a position, which binds to the same entity.
     */
    private static void readsAsWithPositions(String path, byte[] bytes) {
        Node positioned;
        try {
            positioned = PlanFiles.read(path, bytes);
        } catch (PlanFileException e) {
            assertThrows(PlanFileException.class, () -> PlanFiles.readUnpositioned(path, bytes));
            return;
        }
        Node unpositioned = assertDoesNotThrow(() -> PlanFiles.readUnpositioned(path, bytes));
        assertEquals(positioned, unpositioned);
        assertNoPositions(unpositioned);
        assertEquals(PlanBinder.bindFile(path, positioned).entity(), PlanBinder.bindFile(path, unpositioned).entity());
    }

    private static void assertNoPositions(Node node) {
        assertFalse(node.position().isKnown(), node::toString);
        if (node instanceof MapNode map) {
            map.keys().forEach(key -> assertFalse(map.keyPosition(key).isKnown(), key));
            map.entries().values().forEach(PlanFilesPropertiesTest::assertNoPositions);
        } else if (node instanceof ListNode list) {
            list.items().forEach(PlanFilesPropertiesTest::assertNoPositions);
        }
    }

    /** The same document with every map's keys in reverse order. */
    private static Node reversed(Node node) {
        if (node instanceof MapNode map) {
            List<String> keys = new ArrayList<>(map.keys());
            Collections.reverse(keys);
            Map<String, Node> entries = new LinkedHashMap<>();
            keys.forEach(key -> entries.put(key, reversed(map.entries().get(key))));
            return MapNode.of(entries);
        }
        if (node instanceof ListNode list) {
            return ListNode.of(list.items().stream().map(PlanFilesPropertiesTest::reversed).toList());
        }
        return node;
    }
}
