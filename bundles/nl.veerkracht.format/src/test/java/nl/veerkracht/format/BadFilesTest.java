package nl.veerkracht.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.model.validation.PlanBinder;
import nl.veerkracht.model.validation.Problem;

/** Each bad file under fixtures/bad gives one exact line: file, line, column, plain words. */
class BadFilesTest {

    /** Reading the fixture fails, and reading it without positions (as the index does) fails as well. */
    private static PlanFileException failure(String path, String fixture) {
        byte[] bytes = Fixtures.bytes("bad/" + fixture);
        assertThrows(PlanFileException.class, () -> PlanFiles.readUnpositioned(path, bytes), "without positions");
        return assertThrows(PlanFileException.class, () -> PlanFiles.read(path, bytes));
    }

    private static List<String> validation(String path, String fixture) throws PlanFileException {
        return PlanBinder.bindFile(path, PlanFiles.read(path, Fixtures.bytes("bad/" + fixture))).problems().stream()
                .map(problem -> problem.render(Language.EN)).toList();
    }

    @Test
    void aValueOutsideItsVocabularyIsToldWithItsLineAndColumnInEitherLanguage() throws PlanFileException {
        Problem problem = PlanBinder.bindFile("actions/terrassen.yaml",
                PlanFiles.read("actions/terrassen.yaml", Fixtures.bytes("bad/term-kort.yaml"))).problems().get(0);

        assertEquals("actions/terrassen.yaml:7:9: term must be short, medium or long, not 'kort'", problem.render(Language.EN));
        assertEquals("actions/terrassen.yaml:7:9: term moet short, medium of long zijn, niet 'kort'", problem.render(Language.NL));
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAnchorWithoutExpandingAnything() {
        PlanFileException e = failure("needs/lol.yaml", "alias-bomb.yaml");

        assertEquals("needs/lol.yaml:3:7: anchors (&a0) are not allowed in plan files; write the value out", e.getMessage());
        assertEquals("needs/lol.yaml:4:12: aliases (*a0) are not allowed in plan files; write the value out",
                e.problems().get(2).render(Language.EN));
    }

    @Test
    void aMembersEmailPatternThatIsNoneIsToldWithItsLineAndColumn() throws PlanFileException {
        String message = " must be an e-mail address (like j.devries@breda.nl) or * and a domain (like *@etten-leur.nl;"
                + " * stands for the whole part before the @), not ";
        assertEquals(List.of("plan.yaml:10:9: members[GM0758].emails" + message + "'p.*@breda.nl'",
                "plan.yaml:14:9: members[GM0777].emails" + message + "'*@etten-leur'"),
                validation("plan.yaml", "member-emails.yaml"));
    }

    @Test
    void aStarPatternWithoutQuotesIsToldToBeQuotedNotCalledAnAlias() {
        PlanFileException e = failure("plan.yaml", "unquoted-star.yaml");

        assertEquals("plan.yaml:9:9: a value without quotes cannot start with '*'; put the value in double quotes",
                e.getMessage());
        byte[] dotless = "kind: region\nid: r\nname: R\nmembers:\n  - code: GM0777\n    name: E\n    emails:\n      - *@e\n"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("plan.yaml:8:9: a value without quotes cannot start with '*'; put the value in double quotes",
                assertThrows(PlanFileException.class, () -> PlanFiles.read("plan.yaml", dotless)).getMessage());
    }

    @Test
    void aDuplicateKeyIsRefusedWhereItIsRepeated() {
        PlanFileException e = failure("needs/liquiditeit-horeca.yaml", "duplicate-key.yaml");

        assertEquals("needs/liquiditeit-horeca.yaml:4:1: duplicate key 'title'; it is already on line 2", e.getMessage());
        assertEquals("needs/liquiditeit-horeca.yaml:4:1: sleutel 'title' komt twee keer voor; hij staat al op regel 2",
                e.getMessage(Language.NL));
    }

    @Test
    void noYesAndCodesWithLeadingZerosStayTextWhereTheSchemaSaysTextAndAreWrittenQuoted() throws PlanFileException {
        MapNode need = (MapNode) PlanFiles.read("needs/codes.yaml", Fixtures.bytes("bad/no-yes-codes.yaml"));

        assertEquals(ScalarNode.string("NO"), need.get("title").orElseThrow());
        assertEquals(ScalarNode.string("012345"), need.get("sector").orElseThrow());
        assertEquals(ScalarNode.string("yes"), need.get("source").orElseThrow());
        assertEquals("id: codes\ntitle: \"NO\"\nsector: \"012345\"\nsource: \"yes\"\n",
                new String(PlanFiles.write("needs/codes.yaml", need), StandardCharsets.UTF_8));
        assertEquals(List.of(), validation("needs/codes.yaml", "no-yes-codes.yaml"));
    }

    @Test
    void yesIsNotABoolean() throws PlanFileException {
        assertEquals(List.of("plan.yaml:4:33: separate_recovery_organisation must be true or false, not 'yes'"),
                validation("plan.yaml", "separate-yes.yaml"));
    }

    @Test
    void aByteOrderMarkIsRefused() {
        assertEquals("needs/liquiditeit-horeca.yaml:1:1: the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM",
                failure("needs/liquiditeit-horeca.yaml", "byte-order-mark.yaml").getMessage());
    }

    @Test
    void windowsLineEndingsAreRefusedAtTheFirstOne() {
        PlanFileException e = failure("needs/liquiditeit-horeca.yaml", "crlf.yaml");

        assertEquals("needs/liquiditeit-horeca.yaml:1:23: line ending with CR (Windows); plan files end lines with LF only", e.getMessage());
        assertEquals("needs/liquiditeit-horeca.yaml:1:23: regeleinde met CR (Windows); planbestanden gebruiken alleen LF als regeleinde",
                e.getMessage(Language.NL));
    }

    @Test
    void tabsUsedForIndentationAreRefused() {
        assertEquals("stakeholders/khn-breda.yaml:5:1: tab used for indentation; indent with spaces",
                failure("stakeholders/khn-breda.yaml", "tabs.yaml").getMessage());
    }

    @Test
    void invalidUtf8IsRefusedAtTheBadByte() {
        assertEquals("needs/liquiditeit-horeca.yaml:2:29: the file is not valid UTF-8 here; save it as UTF-8",
                failure("needs/liquiditeit-horeca.yaml", "invalid-utf8.yaml").getMessage());
    }

    @Test
    void aFileOfTenMegabytesIsRefusedAtOnce() {
        byte[] tenMegabytes = new byte[10 << 20];
        byte[] line = "- Ondernemers houden liquiditeit\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < tenMegabytes.length; i++) {
            tenMegabytes[i] = line[i % line.length];
        }

        PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.read("needs/big.yaml", tenMegabytes));

        assertEquals("needs/big.yaml:1:1: the file is larger than 1048576 bytes (1 MiB), the most a plan file may be",
                e.getMessage());
    }

    @Test
    void aFileOfExactlyTheLimitIsReadEvenAsOneLongLine() throws PlanFileException {
        byte[] atLimit = new byte[PlanFiles.MAX_FILE_BYTES];
        byte[] start = "id: x\ntitle: ".getBytes(StandardCharsets.UTF_8);
        Arrays.fill(atLimit, (byte) 'a');
        System.arraycopy(start, 0, atLimit, 0, start.length);
        atLimit[atLimit.length - 1] = '\n';

        MapNode need = (MapNode) PlanFiles.read("needs/x.yaml", atLimit);

        assertEquals(PlanFiles.MAX_FILE_BYTES - start.length - 1, ((ScalarNode) need.get("title").orElseThrow()).text().length());
    }

    @Test
    void aPathOutsideTheRepositoryIsRefused() {
        byte[] need = "id: x\ntitle: X\n".getBytes(StandardCharsets.UTF_8);

        assertEquals("../x.yaml:1:1: '../x.yaml' is not a path inside the repository",
                assertThrows(PlanFileException.class, () -> PlanFiles.read("../x.yaml", need)).getMessage());
        assertEquals("/etc/needs/x.yaml:1:1: '/etc/needs/x.yaml' is not a path inside the repository",
                assertThrows(PlanFileException.class, () -> PlanFiles.read("/etc/needs/x.yaml", need)).getMessage());
        assertEquals("needs/../../x.yaml:1:1: 'needs/../../x.yaml' is not a path inside the repository",
                assertThrows(PlanFileException.class, () -> PlanFiles.read("needs/../../x.yaml", need)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlanFiles.write("../x.yaml", MapNode.empty()));
    }

    @Test
    void anIdThatDiffersFromTheFileNameIsAProblem() {
        PlanRead read = PlanFiles.readAll(Map.of("actions/terras.yaml", Fixtures.bytes("bad/id-differs.yaml"),
                "plan.yaml", "kind: municipality\ncode: GM0758\nname: Breda\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("actions/terras.yaml:1:5: id 'terrassen-verruimen' does not match the file name; the id must be 'terras'"),
                read.problems().stream().map(problem -> problem.render(Language.EN)).toList());
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertEquals("needs/liquiditeit-horeca.yaml:3:1: a second YAML document ('---'); a plan file holds one",
                failure("needs/liquiditeit-horeca.yaml", "two-documents.yaml").getMessage());
    }

    @Test
    void tagsAreRefused() {
        assertEquals("needs/liquiditeit-horeca.yaml:2:8: tags (!!str) are not allowed in plan files",
                failure("needs/liquiditeit-horeca.yaml", "tag.yaml").getMessage());
    }

    @Test
    void commonSyntaxMistakesAreToldInPlainWords() {
        assertEquals("needs/liquiditeit-horeca.yaml:2:14: a colon followed by a space is not allowed in a value without quotes; put the value in double quotes",
                failure("needs/liquiditeit-horeca.yaml", "colon-in-value.yaml").getMessage());
        assertEquals("needs/liquiditeit-horeca.yaml:2:8: een waarde tussen aanhalingstekens die niet wordt afgesloten; voeg het sluitende aanhalingsteken toe",
                failure("needs/liquiditeit-horeca.yaml", "unclosed-quote.yaml").getMessage(Language.NL));
    }

    @Test
    void flowCollectionsAreReadAndWrittenAsBlocks() throws PlanFileException {
        String written = new String(PlanFiles.write("actions/terrassen-verruimen.yaml",
                PlanFiles.read("actions/terrassen-verruimen.yaml", Fixtures.bytes("bad/flow-style.yaml"))), StandardCharsets.UTF_8);

        assertEquals("""
                id: terrassen-verruimen
                title: Terrassen verruimen
                term: short
                themes:
                  - innovatie
                  - digitalisering
                budget:
                  amount: 15000
                  source: existing
                status: running
                """, written);
    }

    @Test
    void aLessonNeedsItsFrontMatter() {
        assertEquals("lessons/x.md:1:1: a lesson starts with a line '---', then its fields, then a line '---' and then its text",
                failure("lessons/x.md", "lesson-without-front-matter.md").getMessage());
        assertEquals("lessons/een-ondernemersloket.md:1:1: the fields at the top are not closed; add a line '---' after them",
                failure("lessons/een-ondernemersloket.md", "lesson-unclosed.md").getMessage());
    }

    @Test
    void observationsAreCheckedCellByCell() throws PlanFileException {
        assertEquals(List.of("indicators/v.csv:3:9: value must be a number like 120 or 3.5, not '14.510,3'",
                "indicators/v.csv:4:9: value must be a number like 120 or 3.5, not 'veel'"),
                validation("indicators/v.csv", "csv-bad-value.csv"));
        assertEquals("indicators/v.csv:2:8: a quote inside a value; put the whole value in double quotes and write the quote twice",
                failure("indicators/v.csv", "csv-quote.csv").getMessage());
        assertEquals("indicators/v.csv:1:1: the first line must be 'period,value,source', not 'periode;waarde;bron'",
                failure("indicators/v.csv", "csv-header.csv").getMessage());
    }

    @Test
    void everyProblemOfABadFileHasAPositionAndAMessageInBothLanguages() {
        for (String fixture : List.of("alias-bomb.yaml", "duplicate-key.yaml", "byte-order-mark.yaml", "crlf.yaml",
                "tabs.yaml", "invalid-utf8.yaml", "two-documents.yaml", "tag.yaml", "colon-in-value.yaml",
                "unclosed-quote.yaml")) {
            PlanFileException e = failure("needs/x.yaml", fixture);
            for (Problem problem : e.problems()) {
                assertTrue(problem.position().isKnown(), fixture);
                assertTrue(problem.render(Language.NL).startsWith("needs/x.yaml:" + problem.position() + ": "), fixture);
            }
        }
    }
}
