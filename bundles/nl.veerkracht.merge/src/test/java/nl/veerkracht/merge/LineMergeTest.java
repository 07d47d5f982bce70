package nl.veerkracht.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LineMergeTest {

    private static final String VISION = """
            West-Brabant herstelt samen.
            Binnensteden blijven levendig.
            Het mkb wordt digitaal sterker.
            Transities worden geleidelijk ingebed.
            """;

    @Test
    void changesToDifferentLinesCombine() {
        String ours = VISION.replace("samen", "samen en snel");
        String theirs = VISION.replace("geleidelijk", "stap voor stap");

        assertEquals(Optional.of("""
                West-Brabant herstelt samen en snel.
                Binnensteden blijven levendig.
                Het mkb wordt digitaal sterker.
                Transities worden stap voor stap ingebed.
                """), LineMerge.merge(VISION, ours, theirs).text());
    }

    @Test
    void changesToNeighbouringLinesCombine() {
        String ours = VISION.replace("levendig", "levendig en veilig");
        String theirs = VISION.replace("digitaal", "digitaal en duurzaam");

        assertEquals(Optional.of(VISION.replace("levendig", "levendig en veilig")
                .replace("digitaal", "digitaal en duurzaam")), LineMerge.merge(VISION, ours, theirs).text());
    }

    @Test
    void anInsertionBeforeALineTheOtherSideChangedComesBeforeThatChange() {
        String ours = VISION.replace("Binnensteden", "Dorpskernen doen mee.\nBinnensteden");
        String theirs = VISION.replace("levendig", "bruisend");

        assertEquals(Optional.of(VISION.replace("Binnensteden blijven levendig",
                "Dorpskernen doen mee.\nBinnensteden blijven bruisend")), LineMerge.merge(VISION, ours, theirs).text());
    }

    @Test
    void changesToTheSameLineConflictOnlyThere() {
        String ours = VISION.replace("levendig", "bruisend").replace("geleidelijk", "stap voor stap");
        String theirs = VISION.replace("levendig", "aantrekkelijk");

        LineMerge.Result result = LineMerge.merge(VISION, ours, theirs);

        assertFalse(result.isClean());
        assertEquals(Optional.empty(), result.text());
        assertEquals(List.of(
                new LineMerge.Agreed(List.of("West-Brabant herstelt samen.\n")),
                new LineMerge.Conflicting(List.of("Binnensteden blijven levendig.\n"),
                        List.of("Binnensteden blijven bruisend.\n"), List.of("Binnensteden blijven aantrekkelijk.\n")),
                new LineMerge.Agreed(List.of("Het mkb wordt digitaal sterker.\n",
                        "Transities worden stap voor stap ingebed.\n"))), result.regions());
    }

    @Test
    void linesThatOneSideChangedTogetherConflictTogetherWithAChangeToOneOfThem() {
        String ours = VISION.replace("samen", "samen en snel").replace("levendig", "bruisend");
        String theirs = VISION.replace("levendig", "aantrekkelijk");

        LineMerge.Result result = LineMerge.merge(VISION, ours, theirs);

        assertEquals(List.of("West-Brabant herstelt samen.\n", "Binnensteden blijven levendig.\n"),
                ((LineMerge.Conflicting) result.regions().get(0)).base());
    }

    @Test
    void twoInsertionsAtOnePlaceConflictUnlessTheyAreEqual() {
        String ours = VISION + "Ondernemers staan centraal.\n";
        String theirs = VISION + "De regio trekt samen op.\n";

        assertFalse(LineMerge.merge(VISION, ours, theirs).isClean());
        assertEquals(Optional.of(ours), LineMerge.merge(VISION, ours, ours).text());
    }

    @Test
    void deletionsOnBothSidesCombine() {
        String ours = VISION.replace("Binnensteden blijven levendig.\n", "");
        String theirs = VISION.replace("Transities worden geleidelijk ingebed.\n", "");

        assertEquals(Optional.of("West-Brabant herstelt samen.\nHet mkb wordt digitaal sterker.\n"),
                LineMerge.merge(VISION, ours, theirs).text());
    }

    @Test
    void aMissingFinalLineFeedIsAChangeOfTheLastLine() {
        String ours = VISION.substring(0, VISION.length() - 1);
        String theirs = VISION.replace("samen", "samen en snel");

        assertEquals(Optional.of(theirs.substring(0, theirs.length() - 1)), LineMerge.merge(VISION, ours, theirs).text());
        assertEquals(List.of("a\n", "b"), LineMerge.lines("a\nb"));
        assertEquals(List.of(), LineMerge.lines(""));
    }
}
