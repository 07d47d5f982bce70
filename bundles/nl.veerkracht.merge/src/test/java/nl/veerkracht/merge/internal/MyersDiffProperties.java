package nl.veerkracht.merge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Myers' diff finds a longest common subsequence: as long as the textbook dynamic program's, and valid. */
class MyersDiffProperties {

    @Provide
    Arbitrary<int[]> symbols() {
        // few distinct symbols, so that sequences share a lot and repeat themselves, as lines of plan texts do
        return Arbitraries.integers().between(0, 4).array(int[].class).ofMaxSize(30);
    }

    @Property(tries = 10_000)
    void matchesAreALongestCommonSubsequence(@ForAll("symbols") int[] a, @ForAll("symbols") int[] b) {
        int[] matches = MyersDiff.matches(a, b);

        int matched = 0;
        int previous = -1;
        for (int i = 0; i < a.length; i++) {
            if (matches[i] >= 0) {
                assertTrue(matches[i] > previous, "matches increase");
                assertEquals(a[i], b[matches[i]], "matched symbols are equal");
                previous = matches[i];
                matched++;
            }
        }
        assertEquals(longestCommonSubsequence(a, b), matched);
    }

    @Property(tries = 1_000)
    void aSequenceMatchesItselfWhole(@ForAll("symbols") int[] a) {
        int[] matches = MyersDiff.matches(a, a);

        for (int i = 0; i < a.length; i++) {
            assertEquals(i, matches[i]);
        }
    }

    private static int longestCommonSubsequence(int[] a, int[] b) {
        int[][] length = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                length[i][j] = a[i] == b[j] ? length[i + 1][j + 1] + 1 : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        return length[0][0];
    }

    @Property(tries = 100)
    void longTextsWithFewChangesAreCheap(@ForAll("edits") List<Integer> positions) {
        int[] a = new int[20_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        int[] b = a.clone();
        for (int position : positions) {
            b[position] = -1 - position;
        }

        int[] matches = MyersDiff.matches(a, b);

        assertEquals(a.length - positions.stream().distinct().count(),
                Arrays.stream(matches).filter(match -> match >= 0).count());
    }

    @Provide
    Arbitrary<List<Integer>> edits() {
        return Arbitraries.integers().between(0, 19_999).list().ofMaxSize(20);
    }
}
