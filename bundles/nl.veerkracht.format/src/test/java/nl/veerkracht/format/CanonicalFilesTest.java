package nl.veerkracht.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.veerkracht.model.Action;
import nl.veerkracht.model.CbsApi;
import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.Lesson;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;

/** The examples of FORMAT.md, written canonically (fixtures/canonical), and what writing does. */
class CanonicalFilesTest {

    private static String write(String path, Node document) {
        return new String(PlanFiles.write(path, document), StandardCharsets.UTF_8);
    }

    private static Node read(String path, String text) throws PlanFileException {
        return PlanFiles.read(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"municipality", "region", "province"})
    void readingAndWritingACanonicalFileChangesNoByte(String repository) throws PlanFileException {
        for (Map.Entry<String, byte[]> file : Fixtures.repository("canonical/" + repository).entrySet()) {
            Node document = PlanFiles.read(file.getKey(), file.getValue());

            assertArrayEquals(file.getValue(), PlanFiles.write(file.getKey(), document), file.getKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"municipality", "region", "province"})
    void theExampleRepositoriesAreValidAndComplete(String repository) {
        PlanRead read = PlanFiles.readAll(Fixtures.repository("canonical/" + repository));

        assertEquals(List.of(), read.problems());
        assertEquals(PlanKind.valueOf(repository.toUpperCase(java.util.Locale.ROOT)),
                read.contents().plan().orElseThrow().kind());
    }

    @Test
    void theMunicipalityExampleBindsEveryKindOfFile() {
        PlanRead read = PlanFiles.readAll(Fixtures.repository("canonical/municipality"));

        Action action = read.contents().actions().get("terrassen-verruimen");
        assertEquals("Tijdelijk ruimere terrassen in de binnenstad, zonder extra leges.\n", action.description().orElseThrow());
        assertEquals(2, read.contents().observationsOf("vestigingen").size());
        Lesson lesson = read.contents().lessons().get("een-ondernemersloket");
        assertEquals("Ondernemers vonden de weg snel toen er één loket was. Dat houden we vast.\n\n"
                + "- Eén telefoonnummer\n- Eén e-mailadres", lesson.body());
        assertEquals(List.of("actions/terrassen-verruimen.yaml", "indicators/terrassen-vergund.yaml",
                "indicators/vestigingen.csv", "indicators/vestigingen.yaml", "lessons/een-ondernemersloket.md",
                "needs/liquiditeit-horeca.yaml", "plan.yaml", "scenarios/terugval.yaml", "stakeholders/khn-breda.yaml"),
                List.copyOf(read.snapshot().documents().keySet()));
    }

    @Test
    void anIndicatorsCbsSourceIsBoundAndWrittenBackWithItsDimensionsSortedAndTitlesKept()
            throws PlanFileException {
        PlanRead read = PlanFiles.readAll(Fixtures.repository("canonical/municipality"));
        Indicator vestigingen = read.contents().indicators().get("vestigingen");
        assertEquals(Map.of("BedrijfstakkenBranchesSBI2008", "A-U Alle economische activiteiten"),
                vestigingen.dimensions());
        assertEquals(CbsApi.V3, vestigingen.api().orElseThrow());

        String typed = """
                id: banen
                title: Banen
                source: cbs
                table: 83582NED
                measure: Banen
                api: v4
                dimensions:
                  'Regio''s': Breda
                  Geslacht: Totaal
                unit: banen
                """;
        assertEquals("""
                id: banen
                title: Banen
                source: cbs
                table: 83582NED
                measure: Banen
                dimensions:
                  Geslacht: Totaal
                  Regio's: Breda
                api: v4
                unit: banen
                """, write("indicators/banen.yaml", read("indicators/banen.yaml", typed)));
        PlanRead bound = PlanFiles.readAll(Map.of("indicators/banen.yaml", typed.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("plan.yaml"), bound.problems().stream().map(p -> p.path()).toList());
        assertEquals(CbsApi.V4, bound.contents().indicators().get("banen").cbsApi());
        PlanRead wrongApi = PlanFiles.readAll(Map.of("indicators/banen.yaml",
                typed.replace("api: v4", "api: v5").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("indicators/banen.yaml", "plan.yaml"),
                wrongApi.problems().stream().map(p -> p.path()).toList());
        assertEquals(CbsApi.V3, wrongApi.contents().indicators().get("banen").cbsApi());
    }

    @Test
    void keysAreWrittenInTheSchemasOrderAndUnknownKeysAreLeftOut() {
        MapNode need = MapNode.of(Map.of("urgency", ScalarNode.string("high"), "titel", ScalarNode.string("Huur"),
                "title", ScalarNode.string("Huur"), "id", ScalarNode.string("huur")));

        assertEquals("id: huur\ntitle: Huur\nurgency: high\n", write("needs/huur.yaml", need));
    }

    @Test
    void aMembersEmailsAreWrittenAfterItsKeyWithAStarPatternQuotedAndReadBack() throws PlanFileException {
        MapNode member = MapNode.of(Map.of("emails", ListNode.of(List.of(ScalarNode.string("*@etten-leur.nl"),
                ScalarNode.string("P.Jansen@Gemeente.nl"))), "key", ScalarNode.string("ssh-ed25519 AAAAC3Nza... etten-leur"),
                "name", ScalarNode.string("Etten-Leur"), "code", ScalarNode.string("GM0777")));
        MapNode plan = MapNode.of(Map.of("members", ListNode.of(List.of(member)), "name", ScalarNode.string("West-Brabant"),
                "id", ScalarNode.string("west-brabant"), "kind", ScalarNode.string("region")));
        String canonical = """
                kind: region
                id: west-brabant
                name: West-Brabant
                members:
                  - code: GM0777
                    name: Etten-Leur
                    key: ssh-ed25519 AAAAC3Nza... etten-leur
                    emails:
                      - "*@etten-leur.nl"
                      - P.Jansen@Gemeente.nl
                """;

        assertEquals(canonical, write("plan.yaml", plan));
        Node read = read("plan.yaml", canonical);
        assertEquals(canonical, write("plan.yaml", read));
        PlanRead bound = PlanFiles.readAll(Map.of("plan.yaml", canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), bound.problems());
        assertEquals(List.of("*@etten-leur.nl", "P.Jansen@Gemeente.nl"), ((nl.veerkracht.model.RegionalPlan) bound
                .contents().plan().orElseThrow()).member("GM0777").orElseThrow().emails());
    }

    @Test
    void textThatWouldReadAsSomethingElseIsQuoted() {
        MapNode need = MapNode.of(java.util.Map.ofEntries(
                Map.entry("id", ScalarNode.string("x")),
                Map.entry("title", ScalarNode.string("Horeca: liquiditeit #1")),
                Map.entry("sector", ScalarNode.string("56")),
                Map.entry("source", ScalarNode.string("- peiling")),
                Map.entry("date", ScalarNode.string("2026-03-01"))));

        assertEquals("id: x\ntitle: \"Horeca: liquiditeit #1\"\nsector: \"56\"\nsource: \"- peiling\"\ndate: 2026-03-01\n",
                write("needs/x.yaml", need));
    }

    @Test
    void multiLineTextIsALiteralBlockThatKeepsItsFinalNewlines() throws PlanFileException {
        for (String vision : List.of("Eén regel\nen nog een\n", "zonder slot\nnewline", "twee\nnewlines\n\n",
                "  springt in\nen niet\n", "\nbegint leeg\n", "\n😀\n \tbb-\n")) {
            MapNode plan = MapNode.of(Map.of("kind", ScalarNode.string("municipality"),
                    "vision", ScalarNode.string(vision)));

            String written = write("plan.yaml", plan);

            assertEquals(vision, ((ScalarNode) ((MapNode) read("plan.yaml", written)).get("vision").orElseThrow()).text(), written);
        }
        assertEquals("kind: municipality\nvision: |-\n  zonder slot\n  newline\n", write("plan.yaml", MapNode.of(Map.of(
                "kind", ScalarNode.string("municipality"), "vision", ScalarNode.string("zonder slot\nnewline")))));
        assertEquals("kind: municipality\nvision: |2\n    springt in\n  en niet\n", write("plan.yaml", MapNode.of(Map.of(
                "kind", ScalarNode.string("municipality"), "vision", ScalarNode.string("  springt in\nen niet\n")))));
    }

    @Test
    void emptyListsAndNullValuesAreWrittenSoThatTheyReadBack() throws PlanFileException {
        MapNode action = MapNode.of(Map.of("id", ScalarNode.string("a"), "needs", ListNode.of(List.of()),
                "lead", ScalarNode.nullValue()));

        String written = write("actions/a.yaml", action);

        assertEquals("id: a\nlead:\nneeds: []\n", written);
        assertEquals(action, read("actions/a.yaml", written));
    }

    @Test
    void aLessonIsFrontMatterThenItsText() throws PlanFileException {
        MapNode lesson = MapNode.of(Map.of("id", ScalarNode.string("l"), "title", ScalarNode.string("Les"),
                "body", ScalarNode.string("Tekst\n\nmet --- erin\n---\n")));

        String written = write("lessons/l.md", lesson);

        assertEquals("---\nid: l\ntitle: Les\n---\nTekst\n\nmet --- erin\n---\n\n", written);
        assertEquals(lesson, read("lessons/l.md", written));
        assertEquals("---\nid: l\ntitle: Les\n---\n", write("lessons/l.md", lesson.without("body")));
    }

    @Test
    void aLessonsTextHasThePositionItStartsAt() throws PlanFileException {
        MapNode lesson = (MapNode) PlanFiles.read("lessons/een-ondernemersloket.md",
                Fixtures.bytes("canonical/municipality/lessons/een-ondernemersloket.md"));

        assertEquals(new SourcePosition(8, 1), lesson.get("body").orElseThrow().position());
        assertEquals(new SourcePosition(3, 1), lesson.keyPosition("title"));
    }

    @Test
    void bodyIsNotAFieldOfTheFrontMatter() {
        PlanFileException e = assertThrows(PlanFileException.class,
                () -> read("lessons/l.md", "---\nid: l\ntitle: Les\nbody: tekst\n---\n"));

        assertEquals("lessons/l.md:4:1: 'body' is the text after the fields and cannot be a field itself", e.getMessage());
    }

    @Test
    void observationsAreWrittenWithTheirHeaderAndQuotesOnlyWhereNeeded() throws PlanFileException {
        ListNode rows = ListNode.of(List.of(
                MapNode.of(Map.of("period", ScalarNode.string("2025"), "value", ScalarNode.integer(14420),
                        "source", ScalarNode.string("cbs"))),
                MapNode.of(Map.of("period", ScalarNode.string("2026-Q1"), "value",
                        ScalarNode.of(ScalarNode.Type.DECIMAL, "3.5", SourcePosition.UNKNOWN))),
                MapNode.of(Map.of("period", ScalarNode.string("2026,Q2"), "value", ScalarNode.integer(1)))));

        String written = write("indicators/v.csv", rows);

        assertEquals("period,value,source\n2025,14420,cbs\n2026-Q1,3.5,\n\"2026,Q2\",1,\n", written);
        assertEquals(rows, read("indicators/v.csv", written));
    }

    @Test
    void aDocumentThatCannotBeAFileOfItsKindIsNotWritten() {
        assertThrows(IllegalArgumentException.class, () -> PlanFiles.write("needs/x.yaml", ListNode.of(List.of())));
        assertThrows(IllegalArgumentException.class, () -> PlanFiles.write("indicators/x.csv", MapNode.empty()));
        assertThrows(IllegalArgumentException.class, () -> PlanFiles.write("README.md", MapNode.empty()));
        assertThrows(IllegalArgumentException.class, () -> PlanFiles.write("lessons/x.md",
                MapNode.of(Map.of("body", ScalarNode.string("bel\u0007")))));
        assertThrows(IllegalArgumentException.class, () -> PlanFiles.write("indicators/x.yaml",
                MapNode.of(Map.of("baseline", ScalarNode.of(ScalarNode.Type.INTEGER, "veel", SourcePosition.UNKNOWN)))));
    }
}
