package nl.veerkracht.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The line diff that the council report's redline and the desktop client's conflicts show: every line of
 * both texts is there once, in order, and as many lines as possible are kept.
 */
class LineDiffProperties {

    private static final List<String> LINES = List.of("Ondernemers centraal.", "Samen met de regio.",
            "We meten elk kwartaal.", "Binnensteden blijven levendig.", "Zonder extra leges.");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(LINES).list().ofMaxSize(8).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 2_000)
    void theKeptAndRemovedLinesAreTheFirstTextAndTheKeptAndAddedTheSecond(@ForAll("texts") String before,
            @ForAll("texts") String after) {
        List<LineDiff.Line> diff = LineDiff.of(before, after);
        assertEquals(before.isEmpty() ? List.of() : before.lines().toList(),
                diff.stream().filter(line -> line.kind() != LineDiff.Kind.ADDED).map(LineDiff.Line::text).toList());
        assertEquals(after.isEmpty() ? List.of() : after.lines().toList(),
                diff.stream().filter(line -> line.kind() != LineDiff.Kind.REMOVED).map(LineDiff.Line::text).toList());
    }

    @Property(tries = 2_000)
    void aTextComparedWithItselfKeepsEveryLine(@ForAll("texts") String text) {
        assertTrue(LineDiff.of(text, text).stream().allMatch(line -> line.kind() == LineDiff.Kind.KEPT));
    }

    @Property(tries = 2_000)
    void asManyLinesAreKeptEitherWayRound(@ForAll("texts") String a, @ForAll("texts") String b) {
        assertEquals(kept(LineDiff.of(a, b)), kept(LineDiff.of(b, a)));
    }

    @Property(tries = 2_000)
    void aLineAddedInTheMiddleIsTheOnlyLineMarked(@ForAll("texts") String text) {
        List<String> lines = text.isEmpty() ? List.of() : text.lines().toList();
        int middle = lines.size() / 2;
        List<String> longer = new java.util.ArrayList<>(lines);
        longer.add(middle, "Een nieuwe regel.");
        List<LineDiff.Line> diff = LineDiff.of(text, String.join("\n", longer));
        assertEquals(List.of(new LineDiff.Line(LineDiff.Kind.ADDED, "Een nieuwe regel.")),
                diff.stream().filter(line -> line.kind() != LineDiff.Kind.KEPT).toList());
    }

    private static long kept(List<LineDiff.Line> diff) {
        return diff.stream().filter(line -> line.kind() == LineDiff.Kind.KEPT).count();
    }
}
