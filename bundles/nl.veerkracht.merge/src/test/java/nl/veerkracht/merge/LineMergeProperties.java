package nl.veerkracht.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the line merge, on texts of a few repeated lines and random line edits. */
class LineMergeProperties {

    private static final List<String> LINES = List.of("Ondernemers centraal.\n", "Samen met de regio.\n",
            "We meten elk kwartaal.\n", "Binnensteden blijven levendig.\n", "\n", "Zonder extra leges.");

    /** A text and two edits of it, each a few line replacements, insertions and deletions. */
    record Texts(String base, String ours, String theirs) {
    }

    @Provide
    Arbitrary<Texts> texts() {
        Arbitrary<List<String>> base = Arbitraries.of(LINES).list().ofMaxSize(8);
        Arbitrary<List<int[]>> edits = Arbitraries.integers().between(0, 99).array(int[].class).ofSize(3).list()
                .ofMaxSize(3);
        return Combinators.combine(base, edits, edits).as((lines, ourEdits, theirEdits) -> new Texts(
                String.join("", lines), String.join("", edit(lines, ourEdits)), String.join("", edit(lines, theirEdits))));
    }

    @Property(tries = 10_000)
    void mergingTwoEqualEditsGivesThatEdit(@ForAll("texts") Texts texts) {
        assertEquals(Optional.of(texts.ours()), LineMerge.merge(texts.base(), texts.ours(), texts.ours()).text());
    }

    @Property(tries = 10_000)
    void mergingWithAnUnchangedSideGivesTheOther(@ForAll("texts") Texts texts) {
        assertEquals(Optional.of(texts.theirs()), LineMerge.merge(texts.base(), texts.base(), texts.theirs()).text());
        assertEquals(Optional.of(texts.ours()), LineMerge.merge(texts.base(), texts.ours(), texts.base()).text());
    }

    @Property(tries = 10_000)
    void swappingTheSidesSwapsOnlyTheConflictingRegions(@ForAll("texts") Texts texts) {
        LineMerge.Result forward = LineMerge.merge(texts.base(), texts.ours(), texts.theirs());
        LineMerge.Result backward = LineMerge.merge(texts.base(), texts.theirs(), texts.ours());

        List<LineMerge.Region> swapped = forward.regions().stream()
                .map(region -> region instanceof LineMerge.Conflicting conflict
                        ? new LineMerge.Conflicting(conflict.base(), conflict.theirs(), conflict.ours())
                        : region)
                .toList();
        assertEquals(swapped, backward.regions());
    }

    @Property(tries = 10_000)
    void eachConflictingRegionIsARunOfBaseLinesThatBothSidesChangedDifferently(@ForAll("texts") Texts texts) {
        LineMerge.Result result = LineMerge.merge(texts.base(), texts.ours(), texts.theirs());

        List<String> baseLines = LineMerge.lines(texts.base());
        StringBuilder agreed = new StringBuilder();
        for (LineMerge.Region region : result.regions()) {
            if (region instanceof LineMerge.Conflicting conflict) {
                assertTrue(conflict.base().isEmpty() || Collections.indexOfSubList(baseLines, conflict.base()) >= 0,
                        () -> conflict.base() + " is not a run of " + baseLines);
                assertNotEquals(conflict.ours(), conflict.theirs());
                assertNotEquals(conflict.base(), conflict.ours());
                assertNotEquals(conflict.base(), conflict.theirs());
            } else {
                ((LineMerge.Agreed) region).lines().forEach(agreed::append);
            }
        }
        assertEquals(result.isClean() ? Optional.of(agreed.toString()) : Optional.empty(), result.text());
    }

    @Property(tries = 10_000)
    void editsOfLinesFarApartCombine(@ForAll("texts") Texts texts) {
        // ours edits the first half of a text, theirs the second half, with an unchanged line between
        String base = texts.base() + "Scheiding.\n" + texts.base();
        String ours = texts.ours() + "Scheiding.\n" + texts.base();
        String theirs = texts.base() + "Scheiding.\n" + texts.theirs();

        LineMerge.Result result = LineMerge.merge(base, ours, theirs);

        assertEquals(Optional.of(texts.ours() + "Scheiding.\n" + texts.theirs()), result.text(),
                () -> "ours " + ours + "\ntheirs " + theirs);
    }

    private static List<String> edit(List<String> lines, List<int[]> edits) {
        List<String> edited = new ArrayList<>(lines);
        for (int[] edit : edits) {
            String line = LINES.get(edit[2] % LINES.size());
            int at = edited.isEmpty() ? 0 : edit[1] % edited.size();
            switch (edit[0] % 3) {
                case 0 -> edited.add(edit[1] % (edited.size() + 1), line);
                case 1 -> {
                    if (!edited.isEmpty()) {
                        edited.set(at, line);
                    }
                }
                default -> {
                    if (!edited.isEmpty()) {
                        edited.remove(at);
                    }
                }
            }
        }
        return edited;
    }
}
